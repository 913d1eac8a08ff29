// Public reads keyed on the data version: an answer is computed once per (URL, version), kept in this process
// as encoded bytes, and served again until any write anywhere moves the version. Correct across
// processes because every request reads the version from the database (one primary-key lookup); safe because
// nothing here depends on who asks. Clients revalidate with If-None-Match and get 304 while nothing changed.
import "server-only";
import { createHash } from "node:crypto";
import { todayIso } from "@/lib/domain/months";
import { getDataVersion } from "@/lib/server/get-data-version";

interface Entry {
  version: string;
  status: number;
  body: Buffer;
  etag: string;
}

const MAX_ENTRIES = 200;
const MAX_BYTES = 256 * 1024 * 1024;
const cache = new Map<string, Entry>();
let cachedBytes = 0;
const inFlight = new Map<string, Promise<Entry>>();

/**
 * The path and its parameters in a fixed order, so ?a=1&b=2 and ?b=2&a=1 share an entry, and today's date:
 * without a range, strength is measured today, so yesterday's answer is stale even if no data changed.
 */
function cacheKey(request: Request): string {
  const url = new URL(request.url);
  url.searchParams.sort();
  return `${todayIso()} ${url.pathname}?${url.searchParams}`;
}

function remember(key: string, entry: Entry) {
  const old = cache.get(key);
  if (old) cachedBytes -= old.body.length;
  cache.delete(key);
  cache.set(key, entry);
  cachedBytes += entry.body.length;
  // Oldest first: Map keeps insertion order, and a hit re-inserts its entry.
  for (const [oldest, value] of cache) {
    if (cache.size <= MAX_ENTRIES && cachedBytes <= MAX_BYTES) break;
    cache.delete(oldest);
    cachedBytes -= value.body.length;
  }
}

/** An answer: its status and either a value to serialise or JSON text made elsewhere (e.g. by Postgres). */
type Answer = { status: number; body: unknown } | { status: number; json: string };

async function build(key: string, version: string, compute: () => Promise<Answer>): Promise<Entry> {
  const answer = await compute();
  const status = answer.status;
  const bytes = Buffer.from("json" in answer ? answer.json : JSON.stringify(answer.body));
  const entry: Entry = {
    version,
    status,
    body: bytes,
    etag: `"v${version}-${createHash("sha1").update(key).digest("base64url").slice(0, 12)}"`,
  };
  if (status === 200) remember(key, entry);
  return entry;
}

/**
 * Answers `request` with the JSON `compute` gives, computing it at most once per data version however many
 * requests ask at the same time. `compute` returns the status too, so a 404 is answered but never kept.
 */
export async function cachedJson(request: Request, compute: () => Promise<Answer>): Promise<Response> {
  const key = cacheKey(request);
  const version = await getDataVersion();
  let entry = cache.get(key);
  if (entry && entry.version === version) {
    remember(key, entry);
  } else {
    const flight = `${version} ${key}`;
    let pending = inFlight.get(flight);
    if (!pending) {
      pending = build(key, version, compute).finally(() => inFlight.delete(flight));
      inFlight.set(flight, pending);
    }
    entry = await pending;
  }
  const headers: Record<string, string> = {
    "content-type": "application/json",
    etag: entry.etag,
    // Always ask again, but a 304 is cheap: the answer only changes when the data does.
    "cache-control": "no-cache",
  };
  if (entry.status === 200 && request.headers.get("if-none-match") === entry.etag) {
    return new Response(null, { status: 304, headers });
  }
  // Compression is left to the server (next start gzips for clients that ask); it ignores a body we gzip.
  return new Response(new Uint8Array(entry.body), { status: entry.status, headers });
}
