// The first bytes of a saved upload, for format detection (detect-format.ts), without reading the rest.
import { open } from "node:fs/promises";
import { DETECTION_HEAD_BYTES } from "./detect-format";

/** The first `bytes` of `file` (fewer when it is shorter). Throws when the file cannot be read. */
export async function readHead(file: string, bytes = DETECTION_HEAD_BYTES): Promise<Uint8Array> {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(bytes), 0, bytes, 0);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, bytesRead);
  } finally {
    await handle.close();
  }
}
