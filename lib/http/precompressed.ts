// Answers compressed once per data version, not once per request. Next.js drops a route's Content-Encoding (it
// assumes a fetch() body it forwards was decoded) and compresses again, so the cache (cached-json.ts) names the coding
// of a body it already compressed in a header of its own, and the app's server (scripts/serve.ts) turns that into
// Content-Encoding before its compression middleware looks, which then leaves the body alone. Under `next dev`,
// which has no such server, nothing is precompressed.
import "server-only";
import { promisify } from "node:util";
import { brotliCompress, constants, gzip } from "node:zlib";
import Negotiator from "negotiator";

import { PRECOMPRESSED_HEADER, PRECOMPRESSION_ENV } from "./precompressed-header";

export { PRECOMPRESSED_HEADER };
/** Smaller answers are left to the server's own compression: the saving is too small to keep a second copy. */
export const PRECOMPRESS_MIN_BYTES = 16 * 1024;

export type Coding = "br" | "gzip";

/** True when this process's server passes precompressed answers on (scripts/serve.ts). */
export function precompressionAvailable(): boolean {
  return process.env[PRECOMPRESSION_ENV] === "1";
}

/** The coding to send `request` (RFC 9110 §12.5.3 Accept-Encoding, with q-values): Brotli, else gzip, else null (identity). */
export function preferredCoding(request: Request): Coding | null {
  const accept = request.headers.get("accept-encoding");
  if (!accept) return null;
  // Among codings the client weighs the same, ours: Brotli first (the compression package does the same).
  // (negotiator 0.6.4 takes that order as a second argument; its published types do not say so yet.)
  const negotiator = new Negotiator({ headers: { "accept-encoding": accept } });
  const encoding = negotiator.encoding.bind(negotiator) as (available: string[], preferred: string[]) => string | undefined;
  const coding = encoding(["br", "gzip", "identity"], ["br", "gzip"]);
  return coding === "br" || coding === "gzip" ? coding : null;
}

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/**
 * `body` compressed with `coding`, off the main thread (zlib's thread pool). Brotli at quality 5: at a million events
 * the binary timeline's 12.7 MB becomes 2.4 MB in about 0.3 s, where quality 9 saves 2% more for four times the time.
 */
export function compress(body: Buffer, coding: Coding): Promise<Buffer> {
  return coding === "br"
    ? brotli(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : gzipAsync(body, { level: 6 });
}
