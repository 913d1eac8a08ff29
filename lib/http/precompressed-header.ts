// The names lib/http/precompressed.ts and scripts/serve.ts agree on; plain constants, importable by the server
// script, which runs outside Next.js (where "server-only" modules cannot load).

/** The header a precompressed answer's coding travels in from the route to scripts/serve.ts. */
export const PRECOMPRESSED_HEADER = "x-axis-content-encoding";
/** Set to "1" by scripts/serve.ts, which turns PRECOMPRESSED_HEADER into Content-Encoding. */
export const PRECOMPRESSION_ENV = "AXIS_PRECOMPRESSED_ANSWERS";
