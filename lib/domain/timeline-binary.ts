// GET /api/timeline?format=binary: the timeline in a compact binary form. At a million events the JSON form is
// 21 MB that JSON.parse turns into half-million-element arrays (440 ms on a server core); this form decodes in
// tens of milliseconds and compresses to about 2.4 MB with Brotli, against 3.3 MB for the JSON gzipped.
//
// Each cell column is sent as the narrowest integers that hold it, with the bytes of each integer grouped by
// significance ("byte shuffling", as HDF5's and Blosc's shuffle filters do: the high bytes of small numbers are
// runs of zeros a compressor squeezes away), after two reversible steps that remove what is predictable:
// - `month` as the difference from the previous cell's month (cells are sorted by link then month), and `lastDay`
//   as the difference from the cell's `firstDay` (most cells' events fall in a few days);
// - cooperation, tension and score, which the server rounds to 3 decimals, in thousandths divided by the
//   column's greatest common divisor (category weights are multiples of 0.5, Goldstein scores of 0.1).
//
// Layout (integers little-endian):
//   4 bytes   magic "AXT1" (format version 1)
//   uint32    length of the header in bytes
//   header    UTF-8 JSON: TimelineResponse without its cells, plus linkCount, cellCount and, per column in
//             BINARY_COLUMNS order, { width: 1 | 2 | 4 (bytes, signed), divisor }
//   columns   in BINARY_COLUMNS order, each `count` integers of `width` bytes, shuffled: all first (lowest) bytes,
//             then all second bytes, ...; `start` has linkCount entries, the other columns cellCount
import type { TimelineResponse } from "@/lib/schemas/analysis";
import type { TimelineCells } from "./timeline-cells";

/** The performance.measure() name the dashboard gives each decoding (detail.bytes: the bytes decoded). */
export const TIMELINE_DECODE_MEASURE = "axis-atlas:timeline-decode";

/** The media type of the binary timeline. */
export const TIMELINE_BINARY_TYPE = "application/vnd.axis-atlas.timeline";
const MAGIC = [0x41, 0x58, 0x54, 0x31]; // "AXT1"

/** The cell columns in the order they are written. */
export const BINARY_COLUMNS = [
  "start", "month", "span", "evidence", "events", "cooperation", "tension", "score", "firstDay", "lastDay", "lastPrecision", "aToB", "bToA",
] as const satisfies readonly (keyof TimelineCells)[];
type Column = (typeof BINARY_COLUMNS)[number];
/** Columns of decimals (3 places), sent in thousandths. */
const THOUSANDTHS = new Set<Column>(["cooperation", "tension", "score"]);

/** The timeline as decoded from the binary form: the JSON form's shape with typed arrays for cells. */
export type DecodedTimeline = Omit<TimelineResponse, "cells"> & { cells: TimelineCells };

interface ColumnHeader {
  width: 1 | 2 | 4;
  divisor: number;
}
type Header = Omit<TimelineResponse, "cells"> & { linkCount: number; cellCount: number; columns: ColumnHeader[] };

const gcd = (a: number, b: number): number => {
  while (b) {
    const rest = a % b;
    a = b;
    b = rest;
  }
  return Math.abs(a);
};

/** The integers sent for `name` (before division), from the JSON form's cells. One loop per kind of column, each kept monomorphic: this runs over every cell of every column whenever the timeline changes. */
function integersOf(cells: TimelineResponse["cells"], name: Column): Float64Array {
  const column = cells[name];
  const n = column.length;
  const out = new Float64Array(n);
  if (THOUSANDTHS.has(name)) {
    for (let i = 0; i < n; i++) out[i] = Math.round(column[i]! * 1000);
  } else if (name === "month") {
    let previous = 0;
    for (let i = 0; i < n; i++) {
      const value = column[i]!;
      out[i] = value - previous;
      previous = value;
    }
  } else if (name === "lastDay") {
    const firstDay = cells.firstDay;
    for (let i = 0; i < n; i++) out[i] = column[i]! - firstDay[i]!;
  } else {
    for (let i = 0; i < n; i++) out[i] = column[i]!;
  }
  return out;
}

/** The greatest common divisor of `values` (0 when all are 0); stops early once it is 1, as it is for most columns. */
function divisorOf(values: Float64Array): number {
  let divisor = 0;
  for (let i = 0; i < values.length && divisor !== 1; i++) divisor = gcd(divisor, values[i]!);
  return divisor;
}

/**
 * Encodes `timeline` (GET /api/timeline's JSON answer) in the binary form (see the file comment). Throws RangeError
 * when a column's values do not fit 32-bit integers.
 */
export function encodeTimeline(timeline: TimelineResponse): Uint8Array {
  const { cells, ...rest } = timeline;
  const columns: ColumnHeader[] = [];
  const bodies: Uint8Array[] = [];
  for (const name of BINARY_COLUMNS) {
    const values = integersOf(cells, name);
    let divisor = name === "month" || name === "start" ? 1 : divisorOf(values);
    if (divisor === 0) divisor = 1;
    let min = 0, max = 0;
    if (divisor !== 1) for (let i = 0; i < values.length; i++) values[i] = values[i]! / divisor;
    for (let i = 0; i < values.length; i++) {
      const v = values[i]!;
      if (v < min) min = v;
      if (v > max) max = v;
    }
    if (min < -0x80000000 || max > 0x7fffffff) throw new RangeError(`timeline column ${name} does not fit 32-bit integers`);
    const width = min >= -0x80 && max <= 0x7f ? 1 : min >= -0x8000 && max <= 0x7fff ? 2 : 4;
    const n = values.length;
    const body = new Uint8Array(n * width);
    // Two's complement, lowest byte first; byte b of value i goes to b * n + i.
    for (let b = 0; b < width; b++) {
      const shift = 8 * b;
      const offset = b * n;
      for (let i = 0; i < n; i++) body[offset + i] = (values[i]! >> shift) & 0xff;
    }
    columns.push({ width, divisor });
    bodies.push(body);
  }
  const header = new TextEncoder().encode(
    JSON.stringify({ ...rest, linkCount: cells.start.length, cellCount: cells.month.length, columns } satisfies Header),
  );
  const out = new Uint8Array(8 + header.length + bodies.reduce((sum, b) => sum + b.length, 0));
  out.set(MAGIC, 0);
  new DataView(out.buffer).setUint32(4, header.length, true);
  out.set(header, 8);
  let at = 8 + header.length;
  for (const body of bodies) {
    out.set(body, at);
    at += body.length;
  }
  return out;
}

/**
 * Decodes the binary form (`buffer`, e.g. a fetch response's arrayBuffer()) into the timeline, its cell columns as
 * typed arrays (Int32Array, or Float64Array for cooperation, tension and score). Throws Error when the bytes are
 * not this format or are cut short.
 */
export function decodeTimeline(buffer: ArrayBuffer): DecodedTimeline {
  const bytes = new Uint8Array(buffer);
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error("Not an Axis Atlas binary timeline (AXT1).");
  const headerLength = new DataView(buffer).getUint32(4, true);
  const { linkCount, cellCount, columns, ...rest } = JSON.parse(new TextDecoder().decode(bytes.subarray(8, 8 + headerLength))) as Header;
  let at = 8 + headerLength;
  const expected = at + BINARY_COLUMNS.reduce((sum, name, c) => sum + columns[c]!.width * (name === "start" ? linkCount : cellCount), 0);
  if (bytes.length !== expected) throw new Error("Binary timeline is truncated.");
  const cells = {} as Record<Column, ArrayLike<number>>;
  BINARY_COLUMNS.forEach((name, c) => {
    const { width, divisor } = columns[c]!;
    const n = name === "start" ? linkCount : cellCount;
    const [p0, p1, p2, p3] = [0, 1, 2, 3].map((b) => bytes.subarray(at + Math.min(b, width - 1) * n, at + (Math.min(b, width - 1) + 1) * n));
    at += width * n;
    const decimals = THOUSANDTHS.has(name);
    const out = decimals ? new Float64Array(n) : new Int32Array(n);
    const delta = name === "month";
    let previous = 0;
    // One pass per column: gather the value's bytes (sign-extending the narrow widths), multiply back, undo the delta.
    for (let i = 0; i < n; i++) {
      let v = width === 1 ? (p0![i]! << 24) >> 24 : width === 2 ? ((p0![i]! | (p1![i]! << 8)) << 16) >> 16 : p0![i]! | (p1![i]! << 8) | (p2![i]! << 16) | (p3![i]! << 24);
      if (divisor !== 1) v *= divisor;
      if (delta) v = previous += v;
      out[i] = decimals ? v / 1000 : v;
    }
    cells[name] = out;
  });
  // lastDay was sent as the difference from firstDay.
  const lastDay = cells.lastDay as Int32Array;
  for (let i = 0; i < lastDay.length; i++) lastDay[i]! += cells.firstDay[i]!;
  return { ...rest, cells };
}
