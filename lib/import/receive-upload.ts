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
import { AppError } from "@/lib/server/errors";

export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/** A refused upload: too large (413) or unreadable (400), in the application's error type. */
const uploadError = (status: 400 | 413, message: string) => new AppError(status === 413 ? "payload_too_large" : "invalid_request", message);

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
    if (this.bytes > this.max) callback(uploadError(413, `The file is larger than ${this.max / 1024 / 1024} MB.`));
    else callback(null, chunk);
  }
}

const safeName = (name: string) => path.basename(name).replace(/[^\w.\- ]+/g, "_").slice(0, 200) || "upload";

/**
 * Streams the request's file (the raw body, or the multipart field "file") to a temporary file, refusing it past
 * `maxBytes`. `name` names a raw body (multipart bodies carry their own). Throws AppError payload_too_large or
 * invalid_request.
 */
export async function saveUpload(request: Request, options: { maxBytes?: number; name?: string } = {}): Promise<SavedUpload> {
  const maxBytes = options.maxBytes ?? MAX_UPLOAD_BYTES;
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > maxBytes + 64 * 1024) throw uploadError(413, `The file is larger than ${maxBytes / 1024 / 1024} MB.`);
  if (!request.body) throw uploadError(400, "The request has no body: send the file.");

  const target = path.join(os.tmpdir(), `axis-import-${randomUUID()}`);
  const remove = () => rm(target, { force: true });
  const body = Readable.fromWeb(request.body as unknown as NodeWebStream<Uint8Array>);
  const contentType = request.headers.get("content-type") ?? "";
  const limit = new SizeLimit(maxBytes);
  let fileName = safeName(options.name ?? "upload");

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
          reject(uploadError(400, "The multipart body could not be read."));
          return;
        }
        parser.on("file", (_field, stream, info) => {
          found = true;
          pipeline(stream, limit, createWriteStream(target)).then(() => resolve(safeName(info.filename || fileName)), reject);
        });
        parser.on("error", () => reject(uploadError(400, "The multipart body could not be read.")));
        parser.on("close", () => {
          if (!found) reject(uploadError(400, "The form has no file: send it in a field named \"file\"."));
        });
        body.on("error", reject);
        body.pipe(parser);
      });
    }
  } catch (error) {
    await remove();
    throw error instanceof AppError ? error : uploadError(400, `The upload failed: ${(error as Error).message}`);
  }
  if (limit.bytes === 0) {
    await remove();
    throw uploadError(400, "The file is empty.");
  }
  return { path: target, fileName, bytes: limit.bytes, remove };
}
