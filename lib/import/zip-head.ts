// The first bytes of a zip's first data file, from the first bytes of the zip alone: enough to tell a file's
// format without the whole upload (the browser reads a slice of the File; the server a slice of the temp file).
// fflate's streaming Unzip reads local headers in order, so it needs no central directory (which sits at the
// zip's end), and it follows deflated members written with data descriptors (sizes after the data).
import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";
import { isDataMember } from "./zip-members";

/** The four bytes every zip starts with: a local file header (PK\x03\x04). */
export function isZipHead(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

export type ZipHead =
  | { ok: true; member: string; bytes: Uint8Array }
  | { ok: false; message: string };

/**
 * Reads `zip` (the start of a zip file, or all of it) up to the first data member (isDataMember: no folders,
 * no macOS metadata) and returns that member's name and its first `maxBytes` uncompressed bytes (fewer when
 * the member, or the slice, ends sooner). Never throws: a damaged, encrypted or unsupported zip, or one whose
 * first data member does not start within the slice, comes back as `{ ok: false, message }`.
 */
export function readZipHead(zip: Uint8Array, maxBytes: number): ZipHead {
  let found: { member: string; chunks: Uint8Array[]; size: number } | null = null;
  let failure: string | null = null;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (file) => {
    if (found || failure || !isDataMember(file.name)) return;
    const current = { member: file.name, chunks: [] as Uint8Array[], size: 0 };
    found = current;
    file.ondata = (error, data) => {
      if (error) failure = `its file ${file.name} could not be unpacked (${error.message})`;
      else if (current.size < maxBytes) {
        current.chunks.push(data);
        current.size += data.length;
      }
    };
    try {
      file.start();
    } catch (error) {
      failure = `its file ${file.name} uses a compression this reader does not know (${(error as Error).message})`;
    }
  };
  try {
    unzip.push(zip, false);
  } catch (error) {
    // A slice ends mid-member, which is expected; anything else (a damaged header) is reported only when no
    // data member was found before it.
    if (!found) failure ??= `it could not be read as a zip (${(error as Error).message})`;
  }
  if (failure) return { ok: false, message: failure };
  if (!found) return { ok: false, message: "no data file starts in its first part (only folders or macOS metadata there)" };
  const { member, chunks } = found as { member: string; chunks: Uint8Array[] };
  const bytes = new Uint8Array(Math.min(maxBytes, chunks.reduce((sum, c) => sum + c.length, 0)));
  let at = 0;
  for (const chunk of chunks) {
    if (at >= bytes.length) break;
    const part = chunk.subarray(0, bytes.length - at);
    bytes.set(part, at);
    at += part.length;
  }
  return { ok: true, member, bytes };
}
