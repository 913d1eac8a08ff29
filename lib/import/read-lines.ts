// Reads a text file line by line in chunks, plain or zipped, keeping memory flat whatever the file's size.
// Reports bytes read against the total (the uncompressed size for a zip) so callers can show an ETA.
import { createReadStream } from "node:fs";
import { open, stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import { StringDecoder } from "node:string_decoder";
import yauzl from "yauzl";
import { decodeLatin1Line } from "./decode-latin1";
import { isDataMember } from "./zip-members";

export interface LineSource {
  /** Total bytes of text to read (for a zip: the entries' uncompressed sizes). */
  totalBytes: number;
  /** Bytes of text read so far. */
  bytesRead(): number;
  /**
   * Batches of complete lines (without their line ending) with the line number of the first one, counted within
   * its zip member (named in `member`; null for a plain file). A batch never spans two members.
   */
  batches(): AsyncGenerator<{ member: string | null; firstLine: number; lines: string[] }>;
}

async function isZip(file: string): Promise<boolean> {
  const handle = await open(file, "r");
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}

const openZip = (file: string) =>
  new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true, autoClose: true }, (error, zip) => (error ? reject(error) : resolve(zip))),
  );

/** Every data member of a zip (GDELT zips hold one CSV; isDataMember), in order, as streams opened one at a time. */
async function zipEntries(file: string): Promise<{ total: number; streams: () => AsyncGenerator<{ member: string | null; stream: Readable }> }> {
  const zip = await openZip(file);
  const entries: yauzl.Entry[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      if (isDataMember(entry.fileName)) entries.push(entry);
      zip.readEntry();
    });
    zip.once("end", resolve);
    zip.once("error", reject);
    zip.readEntry();
  });
  if (!entries.length) throw new Error(`${file}: the zip holds no data file (only folders or macOS metadata)`);
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  async function* streams() {
    // autoClose closes the zip after the last entry was read; reopen it to stream the entries.
    const reader = await new Promise<yauzl.ZipFile>((resolve, reject) =>
      yauzl.open(file, { lazyEntries: true, autoClose: false }, (error, z) => (error ? reject(error) : resolve(z))),
    );
    try {
      for (const entry of entries) {
        const stream = await new Promise<Readable>((resolve, reject) =>
          reader.openReadStream(entry, (error, opened) => (error ? reject(error) : resolve(opened))),
        );
        yield { member: entry.fileName, stream };
      }
    } finally {
      reader.close();
    }
  }
  return { total, streams };
}

/** How a file's bytes become text: UTF-8 (GDELT, ICEWS; the default) or Latin-1 (SIPRI; see decode-latin1.ts). */
export type TextEncoding = "utf8" | "latin1";

/**
 * Opens a plain or zipped text file for reading line by line. `encoding` (default "utf8"): "latin1" reads each
 * line's bytes as Windows-1252, or as UTF-8 when the line is valid UTF-8 (decodeLatin1Line). Throws when the file
 * cannot be opened, or is a zip with no data member.
 */
export async function openLineSource(file: string, options: { linesPerBatch?: number; encoding?: TextEncoding } = {}): Promise<LineSource> {
  const linesPerBatch = options.linesPerBatch ?? 1000;
  const latin1 = options.encoding === "latin1";
  let read = 0;
  let total: number;
  let streams: () => AsyncGenerator<{ member: string | null; stream: Readable }>;
  if (await isZip(file)) {
    ({ total, streams } = await zipEntries(file));
  } else {
    total = (await stat(file)).size;
    streams = async function* () {
      yield { member: null, stream: createReadStream(file, { highWaterMark: 1 << 20 }) };
    };
  }

  async function* batches() {
    for await (const { member, stream } of streams()) {
      let lineNo = 1;
      let pending: string[] = [];
      let firstLine = 1;
      // Latin-1: one character per byte here (split on "\n" as UTF-8 is), each line decoded once it is whole.
      const decoder = new StringDecoder(latin1 ? "latin1" : "utf8");
      let rest = "";
      const take = function* (text: string, final: boolean) {
        const parts = (rest + text).split("\n");
        rest = final ? "" : parts.pop()!;
        for (let part of parts) {
          if (final && part === "" && parts[parts.length - 1] === part) continue;
          if (part.endsWith("\r")) part = part.slice(0, -1);
          if (latin1) part = decodeLatin1Line(part);
          if (pending.length === 0) firstLine = lineNo;
          pending.push(part);
          lineNo++;
          if (pending.length >= linesPerBatch) {
            yield { member, firstLine, lines: pending };
            pending = [];
          }
        }
      };
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        read += chunk.length;
        yield* take(decoder.write(chunk), false);
      }
      const tail = rest + decoder.end();
      rest = "";
      if (tail) yield* take(tail, true);
      if (pending.length) yield { member, firstLine, lines: pending };
    }
  }

  return { totalBytes: total, bytesRead: () => read, batches };
}
