// Public reads keyed on the data version: an answer is computed once per (URL, day, version), kept in this
// process as encoded bytes, and served again until any write anywhere moves the version. Correct across
// processes because every request reads the version from the database (one primary-key lookup); safe because
// nothing here depends on who asks. Clients revalidate with If-None-Match and get 304 while nothing changed.
// A versioned read (versioned-route.ts) pins its request to one snapshot: it is answered only from an entry made
// entirely at that version and day, or not at all (see snapshot-pin.ts).
import "server-only";
import { createHash } from "node:crypto";
import { currentReadSource } from "@/lib/db-routing";
import { todayIso } from "@/lib/domain/months";
import { getDataVersion } from "@/lib/server/get-data-version";
import { evaluateIfNoneMatch } from "./entity-tag";
import { compress, PRECOMPRESS_MIN_BYTES, PRECOMPRESSED_HEADER, precompressionAvailable, preferredCoding, type Coding } from "./precompressed";
import { pinOf } from "./snapshot-pin";

interface Entry {
  version: string;
  status: number;
  body: Buffer;
  contentType: string;
  etag: string;
  /**
   * The data version was `version`, and the day the key's, both before `compute` ran and after it finished. Every
   * write bumps the version in its own transaction, so no write committed in between: every read `compute` made (each
   * statement sees what was committed when it began, PostgreSQL's READ COMMITTED) saw exactly that version's data. Only exact entries are kept, and only they answer a pinned (versioned) request.
   */
  exact: boolean;
  /** The body compressed, per coding, made the first time a client asks for it (precompressed.ts). */
  compressed: Map<Coding, Promise<Buffer>>;
}

/**
 * An answer: its status and either a value to serialise, JSON text made elsewhere (e.g. by Postgres), or text of
 * another media type (an Atom feed, an SVG) or bytes (a PNG) with its Content-Type.
 */
export type Answer = (
  | { status: number; body: unknown }
  | { status: number; json: string }
  | { status: number; text: string; contentType: string }
  /** Binary (a map image's PNG). */
  | { status: number; bytes: Uint8Array; contentType: string }
) & {
  /**
   * Called once the answer is known to be exact at the version `compute` was given (see Entry.exact): the moment
   * to keep what it was computed from, so the next version's answer can start from it (kept-states.ts).
   */
  whenExact?: () => void;
};

/** What `compute` is told: the data version and day its answer is for. */
export interface ComputeContext {
  version: string;
  day: string;
}

/** What else an answer depends on besides its URL, the day and the data version (e.g. the public origin a feed's URLs use). */
export interface CacheVary {
  vary?: string;
}

export interface JsonCacheOptions {
  /** Most answers kept; the least recently used go first. */
  maxEntries?: number;
  /** Most bytes of answers kept. */
  maxBytes?: number;
  /** The data version (see get-data-version.ts); read on every request. */
  dataVersion?: () => Promise<string>;
  /** Today as YYYY-MM-DD, part of every key: without a range, strength is measured today. */
  today?: () => string;
}

/**
 * A cache of JSON answers (see the file comment). Returns `cachedJson(request, compute, { vary }?)`, which answers
 * `request` (a GET or HEAD) with the JSON (or other text) `compute` gives, computing it at most once per (URL, day,
 * data version, `vary`) however many requests ask at the same time. `compute` is told the version and day. `compute` returns the status too, so a 404 is
 * answered but never kept.
 * A 200 carries a weak ETag and `Cache-Control: no-cache`; a request whose If-None-Match matches it gets 304
 * (RFC 9110 §13.1.2, see entity-tag.ts). Rejects when `compute` or reading the data version rejects.
 * A request pinned to a snapshot (snapshot-pin.ts) is answered only from an exact entry of that snapshot; otherwise
 * the pin's outcome becomes "moved" and the answer is a bodiless 409 that the versioned route replaces.
 */
export function createJsonCache(options: JsonCacheOptions = {}) {
  const maxEntries = options.maxEntries ?? 200;
  const maxBytes = options.maxBytes ?? 256 * 1024 * 1024;
  const dataVersion = options.dataVersion ?? getDataVersion;
  const today = options.today ?? todayIso;
  const cache = new Map<string, Entry>();
  let cachedBytes = 0;
  const inFlight = new Map<string, Promise<Entry>>();

  /** The path and its parameters in a fixed order, so ?a=1&b=2 and ?b=2&a=1 share an entry, and the day. */
  function cacheKey(request: Request, vary: string, day: string): string {
    const url = new URL(request.url);
    url.searchParams.sort();
    return `${day} ${url.pathname}?${url.searchParams}${vary ? ` ${vary}` : ""}`;
  }

  function remember(key: string, entry: Entry) {
    const old = cache.get(key);
    if (old) cachedBytes -= old.body.length;
    cache.delete(key);
    cache.set(key, entry);
    cachedBytes += entry.body.length;
    // Oldest first: Map keeps insertion order, and a hit re-inserts its entry.
    for (const [oldest, value] of cache) {
      if (cache.size <= maxEntries && cachedBytes <= maxBytes) break;
      cache.delete(oldest);
      cachedBytes -= value.body.length;
    }
  }

  async function build(key: string, version: string, day: string, compute: (context: ComputeContext) => Promise<Answer>): Promise<Entry> {
    const answer = await compute({ version, day });
    // Read again: unchanged means no write committed while compute read (see Entry.exact); and the day must not have
    // turned either, since compute measures "today" itself.
    const exact = (await dataVersion()) === version && today() === day;
    const status = answer.status;
    const bytes =
      "bytes" in answer
        ? Buffer.from(answer.bytes.buffer, answer.bytes.byteOffset, answer.bytes.byteLength)
        : Buffer.from("json" in answer ? answer.json : "text" in answer ? answer.text : JSON.stringify(answer.body));
    const entry: Entry = {
      version,
      status,
      body: bytes,
      contentType: "text" in answer || "bytes" in answer ? answer.contentType : "application/json",
      // Weak (RFC 9110 §8.8.1): the server gzips this body for clients that ask, so the bytes on the wire differ
      // between clients while the tag stays the same; only a weak tag may promise that. It names the data
      // version and the key, so it changes exactly when the answer may.
      etag: `W/"v${version}-${createHash("sha1").update(key).digest("base64url").slice(0, 12)}"`,
      exact,
      compressed: new Map(),
    };
    // An inexact answer is still served (its data is at least as new as `version`) but not kept under `version`.
    if (status === 200 && exact) {
      remember(key, entry);
      answer.whenExact?.();
    }
    return entry;
  }

  return async function cachedJson(request: Request, compute: (context: ComputeContext) => Promise<Answer>, options: CacheVary = {}): Promise<Response> {
    const day = today();
    const key = cacheKey(request, options.vary ?? "", day);
    const version = await dataVersion();
    const pin = pinOf(request);
    if (pin && (pin.snapshot.version !== version || pin.snapshot.day !== day)) {
      // The data or the day moved since the versioned route looked: nothing here is of the pinned snapshot.
      pin.outcome = "moved";
      return new Response(null, { status: 409, headers: { "cache-control": "no-store" } });
    }
    let entry = cache.get(key);
    if (entry && entry.version === version) {
      remember(key, entry);
    } else {
      // Answers computed on the primary and on a read replica at the same version are the same answer, so the cache
      // above serves either to anyone; but a computation in flight is joined only from the same database, so a
      // replica that dies under it fails the requests that can retry on the primary (lib/db-routing.ts), not an
      // editor's request that reads the primary and would have nowhere to retry.
      const flight = `${currentReadSource()} ${version} ${key}`;
      let pending = inFlight.get(flight);
      if (!pending) {
        pending = build(key, version, day, compute).finally(() => inFlight.delete(flight));
        inFlight.set(flight, pending);
      }
      entry = await pending;
    }
    if (pin) {
      pin.outcome = entry.exact ? "exact" : "moved";
      if (!entry.exact) return new Response(null, { status: 409, headers: { "cache-control": "no-store" } });
    }
    // Always ask again, but a 304 is cheap: the answer only changes when the data does.
    const headers: Record<string, string> = { "cache-control": "no-cache" };
    // Only a 200 is a representation of the resource worth revalidating; a 404 carries no validator (§13.2.1).
    if (entry.status === 200) headers.etag = entry.etag;
    if (evaluateIfNoneMatch(request.headers.get("if-none-match"), headers.etag ?? null, request.method) === 304) {
      return new Response(null, { status: 304, headers });
    }
    // A large answer is compressed once per entry (so once per data version) and the same bytes sent to every client
    // that accepts the coding; the rest is left to the server's compression (precompressed.ts says why it must be so).
    const coding = entry.status === 200 && entry.body.length >= PRECOMPRESS_MIN_BYTES && precompressionAvailable() ? preferredCoding(request) : null;
    if (coding) {
      let compressed = entry.compressed.get(coding);
      if (!compressed) entry.compressed.set(coding, (compressed = compress(entry.body, coding)));
      const body = await compressed;
      return new Response(new Uint8Array(body), {
        status: entry.status,
        headers: { ...headers, "content-type": entry.contentType, vary: "accept-encoding", [PRECOMPRESSED_HEADER]: coding },
      });
    }
    return new Response(new Uint8Array(entry.body), { status: entry.status, headers: { ...headers, "content-type": entry.contentType, vary: "accept-encoding" } });
  };
}

/** The process's one cache of public answers; `cachedJson(request, compute)` as createJsonCache describes. */
export const cachedJson = createJsonCache();
