// npm run bench:timeline [-- --database-url URL]: GET /api/timeline's two forms on the synthetic million (or URL),
// printed, never asserted: bytes raw and compressed as the server sends them (Brotli 5, gzip 6: lib/http/
// precompressed.ts), and the time to read each in Node, the binary form's decode as a ratio to JSON.parse of the
// JSON form measured in the same run. Targets (issue 16): 3 MB on the wire, 300 ms to read.
import { parseArgs } from "node:util";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { DEFAULT_BENCH_DATABASE_URL } from "./bench/targets";

const { values } = parseArgs({ options: { "database-url": { type: "string" } } });
process.env.DATABASE_URL = values["database-url"] ?? process.env.BENCH_DATABASE_URL ?? DEFAULT_BENCH_DATABASE_URL;
const { getTimelineJson } = await import("../lib/server/get-timeline");
const { decodeTimeline, encodeTimeline } = await import("../lib/domain/timeline-binary");

const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
const timed = <T>(f: () => T): [T, number] => {
  const start = performance.now();
  const value = f();
  return [value, performance.now() - start];
};
const best = (f: () => unknown) => Math.min(...[0, 1, 2].map(() => timed(f)[1]));

const json = await getTimelineJson({});
const parsed = JSON.parse(json);
const [binary, encodeMs] = timed(() => encodeTimeline(parsed));
const buffer = binary.buffer.slice(binary.byteOffset, binary.byteOffset + binary.byteLength) as ArrayBuffer;
const brotli = (b: Uint8Array) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 5 } }).length;
const parseMs = best(() => JSON.parse(json));
const decodeMs = best(() => decodeTimeline(buffer));
console.log(`${parsed.cells.month.length.toLocaleString("en")} cells, ${parsed.links.length.toLocaleString("en")} links`);
console.log(`JSON    ${mb(json.length)} raw, ${mb(gzipSync(json).length)} gzip, ${mb(brotli(Buffer.from(json)))} Brotli; JSON.parse ${parseMs.toFixed(0)} ms`);
const wire = brotli(binary);
console.log(`binary  ${mb(binary.length)} raw, ${mb(gzipSync(binary).length)} gzip, ${mb(wire)} Brotli; decode ${decodeMs.toFixed(0)} ms (encode ${encodeMs.toFixed(0)} ms)`);
console.log(`on the wire (Brotli): ${mb(wire)}   target ≤ 3 MB   ${wire <= 3e6 ? "met" : "MISSED"}`);
console.log(`read: decode ${decodeMs.toFixed(0)} ms, ${(decodeMs / parseMs).toFixed(2)} of JSON.parse   target ≤ 300 ms   ${decodeMs <= 300 ? "met" : "MISSED"}`);
process.exit(0);
