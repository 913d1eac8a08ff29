// UUID version 7 (time-ordered), the same kind Prisma's @default(uuid(7)) makes, generated here because
// bulk imports write rows with SQL rather than through Prisma. Time order keeps the primary-key index
// appends local, which matters at a million rows.
import { randomFillSync } from "node:crypto";

const pool = Buffer.alloc(10 * 4096);
let offset = pool.length;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, "0"));

export function uuid7(now = Date.now()): string {
  if (offset + 10 > pool.length) {
    randomFillSync(pool);
    offset = 0;
  }
  const r = pool.subarray(offset, offset + 10);
  offset += 10;
  const ms = now.toString(16).padStart(12, "0");
  return (
    `${ms.slice(0, 8)}-${ms.slice(8, 12)}-7${HEX[r[0]!]!.slice(1)}${HEX[r[1]!]}-` +
    `${HEX[(r[2]! & 0x3f) | 0x80]}${HEX[r[3]!]}-${HEX[r[4]!]}${HEX[r[5]!]}${HEX[r[6]!]}${HEX[r[7]!]}${HEX[r[8]!]}${HEX[r[9]!]}`
  );
}
