// Tells which import format a file is in from its name and its first bytes (a zip: its first data file's),
// so /admin/import can name it before anything is uploaded and POST /api/import?format=auto can pick the
// importer. Pure and synchronous: the browser runs it on a slice of the picked File, the server on the head
// of the upload. The formats are a table of rules tried in order; a new format is one more entry.
import { LAYOUTS } from "@/lib/gdelt/columns";
import type { DetectedFormat, ImportFormat } from "@/lib/schemas/import";
import { detectSeparator } from "./events-separator";
import { isZipHead, readZipHead } from "./zip-head";

/** How much of a file detection reads: many GDELT rows, SIPRI's notes and header, any header line. */
export const DETECTION_HEAD_BYTES = 64 * 1024;

/** The start of a file as the rules see it. */
export interface FileHead {
  /** The head decoded: UTF-8, or Windows-1252 (a superset of Latin-1) when it is not valid UTF-8. */
  text: string;
  /** Its first lines (at most 60) without line endings or a byte-order mark; the last may be cut short. */
  lines: string[];
}

export interface DetectionRule {
  format: ImportFormat;
  /** What a file of this format looks like, for the message that names the expected formats. */
  expected: string;
  /** The format's label when `head` is in it ("GDELT 2.0 event export (61 columns)"), else null. */
  match(head: FileHead): { label: string; message: string } | null;
}

const GDELT_NAMES: Record<string, string> = {
  gdelt2: "GDELT 2.0 event export",
  "gdelt1-daily": "GDELT 1.0 daily file",
  "gdelt1-historical": "GDELT 1.0 historical file",
};

/** SIPRI's header row, found by its content after the notes above it (shared/data/FORMATS.md). */
const SIPRI_HEADER = /^"?Recipient"?,"?Supplier"?,"?Year of order"?,/;

/** Tried in order; the first match names the format. */
export const DETECTION_RULES: readonly DetectionRule[] = [
  {
    format: "icews",
    expected: 'an ICEWS coded-event file (tab-separated, header row "Event ID, Event Date, …")',
    match: ({ lines }) => {
      const header = (lines[0] ?? "").split("\t").map((h) => h.trim());
      return header[0] === "Event ID" && header[1]?.startsWith("Event Date")
        ? { label: "ICEWS coded events", message: `Header row with ${header.length} columns, starting "Event ID, Event Date".` }
        : null;
    },
  },
  {
    format: "sipri",
    expected: 'a SIPRI trade register (CSV whose header row, after its notes, starts "Recipient,Supplier,Year of order,")',
    match: ({ lines }) => {
      const at = lines.findIndex((line) => SIPRI_HEADER.test(line));
      return at < 0 ? null : { label: "SIPRI trade register", message: `Header row on line ${at + 1}, after SIPRI's notes.` };
    },
  },
  {
    format: "gdelt",
    expected: "a GDELT event file (tab-separated, no header, 57, 58 or 61 columns per row)",
    match: ({ lines }) => {
      // Most of the first rows, so that one malformed row does not hide the format.
      const rows = lines.slice(0, 5).filter((line) => line.trim());
      const counts = new Map<number, number>();
      for (const row of rows) {
        const columns = row.split("\t");
        if (LAYOUTS[columns.length] && /^\d+$/.test(columns[0]!)) counts.set(columns.length, (counts.get(columns.length) ?? 0) + 1);
      }
      const [width, seen] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [0, 0];
      if (seen * 2 <= rows.length) return null;
      const layout = LAYOUTS[width]!;
      return { label: `${GDELT_NAMES[layout.layout]} (${width} columns)`, message: `Rows of ${width} tab-separated columns, no header.` };
    },
  },
  {
    format: "events-json",
    expected: "an Axis Atlas events JSON file (an array of events, as GET /api/export/events.json writes)",
    match: ({ text }) => (/^\s*[[{]/.test(text) ? { label: "Axis Atlas events (JSON)", message: "Starts with a JSON array or object." } : null),
  },
  {
    format: "events-csv",
    expected: "an Axis Atlas events CSV file (a header row naming its columns: id, date, title, countries, …)",
    match: ({ lines }) => {
      const separator = detectSeparator(lines[0] ?? "");
      if (!separator) return null;
      const named = (lines[0] ?? "").split(separator).length;
      const word = { ",": "comma", ";": "semicolon", "\t": "tab" }[separator];
      return { label: "Axis Atlas events (CSV)", message: `A ${word}-separated header row of ${named} columns.` };
    },
  },
];

/** "Unknown format", saying what the file looked like and listing every format expected. */
function unknown(seen: string, member: string | null): DetectedFormat {
  return { format: "unknown", label: "Unknown format", member, message: seen, expected: DETECTION_RULES.map((rule) => rule.expected) };
}

/** An unknown format's message and the formats expected, as one sentence (for an API error). */
export function describeUnknown(detected: DetectedFormat): string {
  return `${detected.message} Expected one of: ${detected.expected.join("; ")}.`;
}

function decode(bytes: Uint8Array): string {
  try {
    // stream: a character cut at the slice's end is not an error.
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** What the first line looks like, for an "unknown format" message. */
function describeFirstLine(line: string): string {
  if (!line.trim()) return "Its first line is empty.";
  const tabs = line.split("\t").length;
  const shown = line.length > 60 ? `${line.slice(0, 60)}…` : line;
  return tabs > 1 ? `Its first line has ${tabs} tab-separated columns.` : `Its first line reads "${shown.replaceAll("\t", " ")}".`;
}

/** Binary files people pick by mistake, named so the message says what to do; null for text. */
function binaryKind(bytes: Uint8Array, member: string | null): string | null {
  if (member === "[Content_Types].xml") return "It is an Excel or Office file (.xlsx): save the sheet as CSV first.";
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) return "It is gzip-compressed (.gz): unpack it, or zip it instead.";
  if (bytes.subarray(0, Math.min(bytes.length, 4096)).includes(0)) return "It is not text (it holds NUL bytes).";
  return null;
}

/**
 * Decides the format of a file from its `name` and `head`, its first bytes (DETECTION_HEAD_BYTES are plenty;
 * the whole file is fine too). A zip is looked into: the format is its first data file's, named in `member`.
 * Returns the format with a label, or format "unknown" with a message saying what the file looked like and
 * `expected`, the formats it could have been. Never throws.
 */
export function detectImportFormat(name: string, head: Uint8Array): DetectedFormat {
  let bytes = head;
  let member: string | null = null;
  if (isZipHead(head)) {
    const zip = readZipHead(head, DETECTION_HEAD_BYTES);
    if (!zip.ok) return unknown(`${name} is a zip, but ${zip.message}.`, null);
    ({ member, bytes } = zip);
  }
  const shownName = member ? `${name} (${member})` : name;
  if (bytes.length === 0) return unknown(`${shownName} is empty.`, member);

  const text = decode(bytes).replace(/^\uFEFF/, "");
  const lines = text.split("\n", 60).map((line) => line.replace(/\r$/, ""));
  const fileHead: FileHead = { text, lines };
  for (const rule of DETECTION_RULES) {
    const found = rule.match(fileHead);
    if (found) return { format: rule.format, member, ...found, expected: [] };
  }
  // Only now: a text file may hold a stray NUL byte in a field (real GDELT and ICEWS rows do).
  return unknown(`${shownName}: ${binaryKind(bytes, member) ?? describeFirstLine(lines[0] ?? "")}`, member);
}
