// Streams an uploaded file to a temporary file, never holding it in memory: either the raw request body
// (any content type but multipart; name it with ?name=) or the first file part of multipart/form-data.
// Stops with 413 as soon as the size passes the cap, whatever Content-Length claimed.
import "server-only";
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Readable, Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import busboy from "busboy";

export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

export class UploadError extends Error {
  constructor(
    public readonly status: 400 | 413,
    message: string,
  ) {
    super(message);
  }
}

export interface SavedUpload {
  path: string;
  fileName: string;
  bytes: number;
  remove(): Promise<void>;
}

class SizeLimit extends Transform {
  bytes = 0;
  constructor(private readonly max: number) {
    super();
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback) {
    this.bytes += chunk.length;
    if (this.bytes > this.max) callback(new UploadError(413, `The file is larger than ${this.max / 1024 / 1024} MB.`));
    else callback(null, chunk);
  }
}

const safeName = (name: string) => path.basename(name).replace(/[^\w.\- ]+/g, "_").slice(0, 200) || "upload";

export async function saveUpload(request: Request, maxBytes = MAX_UPLOAD_BYTES): Promise<SavedUpload> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes + 64 * 1024) throw new UploadError(413, `The file is larger than ${maxBytes / 1024 / 1024} MB.`);
  if (!request.body) throw new UploadError(400, "The request has no body: send the file.");

  const target = path.join(os.tmpdir(), `axis-import-${randomUUID()}`);
  const remove = () => rm(target, { force: true });
  const body = Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>);
  const contentType = request.headers.get("content-type") ?? "";
  const limit = new SizeLimit(maxBytes);
  let fileName = safeName(new URL(request.url).searchParams.get("name") ?? "upload");

  try {
    if (!contentType.toLowerCase().startsWith("multipart/form-data")) {
      await pipeline(body, limit, createWriteStream(target));
    } else {
      fileName = await new Promise<string>((resolve, reject) => {
        let found = false;
        let parser: busboy.Busboy;
        try {
          parser = busboy({ headers: { "content-type": contentType }, limits: { files: 1, fileSize: maxBytes + 1 } });
        } catch {
          reject(new UploadError(400, "The multipart body could not be read."));
          return;
        }
        parser.on("file", (_field, stream, info) => {
          found = true;
          pipeline(stream, limit, createWriteStream(target)).then(() => resolve(safeName(info.filename || fileName)), reject);
        });
        parser.on("error", () => reject(new UploadError(400, "The multipart body could not be read.")));
        parser.on("close", () => {
          if (!found) reject(new UploadError(400, "The form has no file: send it in a field named \"file\"."));
        });
        body.on("error", reject);
        body.pipe(parser);
      });
    }
  } catch (error) {
    await remove();
    throw error instanceof UploadError ? error : new UploadError(400, `The upload failed: ${(error as Error).message}`);
  }
  if (limit.bytes === 0) {
    await remove();
    throw new UploadError(400, "The file is empty.");
  }
  return { path: target, fileName, bytes: limit.bytes, remove };
}
