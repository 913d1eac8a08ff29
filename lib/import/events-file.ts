// Reads the atlas's own events format, CSV or JSON, exactly as GET /api/export/events.* writes it, and
// validates every row with the admin form's rules (CreateEventRequestSchema). Collects every problem
// rather than stopping at the first, so one report lists all rows to fix. Pure: the database checks
// (known countries, ids already present) happen in lib/server/import-events.ts.
import { parse } from "csv-parse/sync";
import { z } from "zod";
import { parseRoles } from "@/lib/domain/roles-text";
import { CreateEventRequestSchema, type CreateEventRequest } from "@/lib/schemas/event-input";
import { EVENT_CSV_COLUMNS } from "@/lib/schemas/export";
import type { RowIssue } from "@/lib/schemas/import";
import { detectSeparator } from "./events-separator";

export type EventsFileFormat = "csv" | "json";

export interface ImportRow {
  /** 1-based row number as the report names it. */
  row: number;
  event: CreateEventRequest;
  id: string | null;
  origin: "curated" | "machine";
  externalId: string | null;
  /** SIPRI trend-indicator value, millions of TIV (null for other events). */
  tivMillions: number | null;
}

/** Fields an export row carries beyond what an editor submits. */
const ExportExtrasSchema = z.object({
  id: z.union([z.uuid("must be an event id (UUID)"), z.literal("").transform(() => null), z.null()]).optional().default(null),
  origin: z.enum(["curated", "machine"]).optional().default("curated"),
  externalId: z
    .union([z.string().trim().max(200, "must be at most 200 characters").transform((v) => v || null), z.null()])
    .optional()
    .default(null),
  tivMillions: z
    .union([z.number({ error: "must be a number of millions of TIV" }).min(0, "must not be negative"), z.null()])
    .optional()
    .default(null),
  /** Written by the export for readers; derived from date and precision, so ignored here. */
  dateEnd: z.unknown().optional(),
});
const EXTRA_KEYS = new Set(Object.keys(ExportExtrasSchema.shape));
const REQUIRED_CSV = ["title", "date", "precision", "countries", "category", "evidence", "score", "sources"];

export function detectFormat(text: string, hint?: string | null): EventsFileFormat {
  const h = (hint ?? "").toLowerCase();
  if (h.includes("json")) return "json";
  if (h.includes("csv")) return "csv";
  const first = text.replace(/^\uFEFF/, "").trimStart()[0];
  return first === "[" || first === "{" ? "json" : "csv";
}

/** A CSV record (all strings) as the JSON row it stands for. */
function fromCsvRecord(record: Record<string, string>, row: number, issues: RowIssue[]): Record<string, unknown> {
  const out: Record<string, unknown> = { ...record };
  if ("countries" in record) out.countries = record.countries!.split(/[;,]/).map((c) => c.trim()).filter(Boolean);
  if ("score" in record) {
    const s = record.score!.trim();
    out.score = /^-?\d+(\.\d+)?$/.test(s) ? Number(s) : s;
  }
  if ("cameoCode" in record) out.cameoCode = record.cameoCode!.trim() || null;
  if ("roles" in record) {
    const roles = parseRoles(record.roles!);
    if (roles.ok) out.roles = roles.roles;
    else {
      issues.push({ row, path: ["roles"], message: roles.message });
      delete out.roles;
    }
  }
  if ("tivMillions" in record) {
    const t = record.tivMillions!.trim();
    out.tivMillions = t === "" ? null : /^\d+(\.\d+)?$/.test(t) ? Number(t) : t;
  }
  if ("sources" in record) {
    try {
      out.sources = JSON.parse(record.sources!);
    } catch {
      issues.push({ row, path: ["sources"], message: "must be a JSON array of sources: [{\"url\",\"publisher\",\"title\",\"publishedOn\"}]" });
      delete out.sources;
    }
  }
  return out;
}

function validateRow(value: unknown, row: number, issues: RowIssue[]): ImportRow | null {
  if (!value || typeof value !== "object" || Array.isArray(value)) {
    issues.push({ row, path: [], message: "must be an event object" });
    return null;
  }
  const fields: Record<string, unknown> = {};
  const extras: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) (EXTRA_KEYS.has(key) ? extras : fields)[key] = v;
  const event = CreateEventRequestSchema.safeParse(fields);
  const extra = ExportExtrasSchema.safeParse(extras);
  const before = issues.length;
  // A field the CSV reading already reported (unreadable sources JSON) is not reported again as missing.
  const reported = new Set(issues.filter((i) => i.row === row).map((i) => i.path[0]));
  for (const result of [event, extra]) {
    if (result.success) continue;
    for (const issue of result.error.issues) {
      if (reported.has(issue.path[0] as string)) continue;
      issues.push({ row, path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: issue.message });
    }
  }
  if (issues.length > before || reported.size || !event.success || !extra.success) return null;
  return { row, event: event.data, id: extra.data.id, origin: extra.data.origin, externalId: extra.data.externalId, tivMillions: extra.data.tivMillions };
}

export interface ParsedEventsFile {
  format: EventsFileFormat;
  rows: ImportRow[];
  /** Every problem found; the file is imported only when this is empty. */
  issues: RowIssue[];
  rowCount: number;
}

export function parseEventsFile(text: string, format: EventsFileFormat): ParsedEventsFile {
  const issues: RowIssue[] = [];
  const rows: ImportRow[] = [];
  let values: unknown[] = [];
  // A NUL byte cannot be stored in PostgreSQL's text; it is never meaningful in this format either.
  const body = text.replace(/^\uFEFF/, "").replaceAll("\0", "");

  if (format === "json") {
    let data: unknown;
    try {
      data = JSON.parse(body);
    } catch (error) {
      issues.push({ row: 0, path: [], message: `the file is not valid JSON (${(error as Error).message})` });
      return { format, rows, issues, rowCount: 0 };
    }
    const list = Array.isArray(data) ? data : (data as { events?: unknown })?.events;
    if (!Array.isArray(list)) {
      issues.push({ row: 0, path: ["events"], message: "must be an array of events (the shape GET /api/export/events.json writes)" });
      return { format, rows, issues, rowCount: 0 };
    }
    values = list;
  } else {
    let records: Record<string, string>[];
    const delimiter = detectSeparator(body);
    if (!delimiter) {
      issues.push({
        row: 0,
        path: [],
        message: `the first line is not the events format's header: separated by commas, semicolons or tabs, it names none of its columns (${EVENT_CSV_COLUMNS.join(", ")})`,
      });
      return { format, rows, issues, rowCount: 0 };
    }
    try {
      records = parse(body, { columns: true, delimiter, skip_empty_lines: true, relax_quotes: false, trim: false });
    } catch (error) {
      const e = error as Error & { records?: number };
      issues.push({ row: (e.records ?? 0) + 1, path: [], message: `the CSV could not be read: ${e.message}` });
      return { format, rows, issues, rowCount: 0 };
    }
    const header = records.length ? Object.keys(records[0]!) : [];
    const known = new Set<string>(EVENT_CSV_COLUMNS);
    for (const column of header) if (!known.has(column)) issues.push({ row: 0, path: [column], message: "is not a column of the events format" });
    if (records.length) for (const column of REQUIRED_CSV) if (!header.includes(column)) issues.push({ row: 0, path: [column], message: "column is missing" });
    if (issues.length) return { format, rows, issues, rowCount: records.length };
    values = records.map((record, i) => fromCsvRecord(record, i + 1, issues));
  }

  if (values.length === 0) issues.push({ row: 0, path: [], message: "the file has no events" });
  values.forEach((value, i) => {
    const row = validateRow(value, i + 1, issues);
    if (row) rows.push(row);
  });

  // The same event twice in one file is a mistake, not something to import twice.
  const seen = new Map<string, number>();
  for (const r of rows) {
    for (const [key, field] of [[r.id, "id"], [r.externalId, "externalId"]] as const) {
      if (!key) continue;
      const first = seen.get(`${field}:${key}`);
      if (first) issues.push({ row: r.row, path: [field], message: `repeats row ${first}` });
      else seen.set(`${field}:${key}`, r.row);
    }
  }
  issues.sort((a, b) => a.row - b.row);
  return { format, rows, issues, rowCount: values.length };
}
