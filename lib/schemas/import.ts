// Imports: the GDELT import report and job, and the own-format (CSV/JSON) import's request and report.
import { z } from "zod";

export const GDELT_REJECT_REASONS = [
  "column_count",
  "bad_id",
  "no_actor_country",
  "region",
  "not_in_atlas",
  "unknown_country_code",
  "unknown_country_name",
  "same_country",
  "bad_date",
  "bad_event_code",
  "inconsistent_codes",
  "bad_goldstein",
  "duplicate",
  "former_state",
  "non_state_actor",
  "organisation",
  "unknown_party",
  "bad_order_year",
  "bad_value",
] as const;

/**
 * The files the machine importer (lib/import/gdelt-import.ts) reads: GDELT event files, ICEWS coded-event files,
 * SIPRI's arms-transfer trade register. Also the kinds of upload jobs.
 */
export const CODED_FORMATS = ["gdelt", "icews", "sipri"] as const;
export type CodedFormat = (typeof CODED_FORMATS)[number];

export const SkippedCountsSchema = z
  .record(z.enum(GDELT_REJECT_REASONS), z.number().int())
  .describe("Rows not imported, by reason. `duplicate`: the external id (GLOBALEVENTID, ICEWS Event ID, SIPRI order key) was already imported or repeats in the file. SIPRI's own: `former_state`, `non_state_actor`, `organisation`, `unknown_party`, `bad_order_year`, `bad_value`.");

export const RejectedRowExampleSchema = z.object({
  file: z.string(),
  member: z.string().optional().describe("The zip member the row is in, when the file is a zip."),
  /** 1-based line number in the file, or in its zip member (GDELT files have no header). */
  line: z.number().int(),
  reason: z.enum(GDELT_REJECT_REASONS),
  message: z.string(),
});
export type RejectedRowExample = z.infer<typeof RejectedRowExampleSchema>;

/** Where a GDELT import stands; the final one (done: true) is the import's report. */
export const GdeltImportProgressSchema = z.object({
  file: z.string().describe("The file being read (the last one when done)."),
  rowsRead: z.number().int(),
  bytesRead: z.number().int(),
  totalBytes: z.number().int(),
  /** 0-100, from bytes read over the file size (uncompressed size for a zip). */
  percent: z.number(),
  rowsPerSecond: z.number(),
  /** Seconds left at the current rate; null until it can be estimated. */
  etaSeconds: z.number().nullable(),
  elapsedSeconds: z.number(),
  imported: z.number().int().describe("Events added."),
  linksCreated: z.number().int(),
  skipped: SkippedCountsSchema,
  /** Up to 20 rejected rows with their line numbers. */
  examples: z.array(RejectedRowExampleSchema),
  done: z.boolean(),
});
export type GdeltImportProgress = z.infer<typeof GdeltImportProgressSchema>;

export const ImportJobStatusSchema = z.enum(["running", "done", "failed"]);

export const ImportJobSchema = z.object({
  id: z.string().uuid(),
  kind: z.enum(CODED_FORMATS).describe("What the file is: a GDELT event file, an ICEWS coded-event file or a SIPRI trade register."),
  status: ImportJobStatusSchema,
  fileName: z.string(),
  progress: GdeltImportProgressSchema,
  /** Set when status is "failed". */
  error: z.string().nullable(),
  startedAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ImportJob = z.infer<typeof ImportJobSchema>;

export const ImportJobResponseSchema = z.object({ job: ImportJobSchema });
export type ImportJobResponse = z.infer<typeof ImportJobResponseSchema>;

export const StartGdeltImportResponseSchema = z.object({
  job: ImportJobSchema,
  /** Poll this (GET) for progress until job.status is not "running". */
  statusUrl: z.string(),
});

/** POST /api/import/gdelt's query: `name` names a raw (non-multipart) upload in the job's report. */
export const ImportGdeltQuerySchema = z.object({
  name: z.string().max(200, "must be at most 200 characters").optional().describe("The file's name, for a raw (non-multipart) body."),
}).strict();

/** POST /api/import/events's query: the file's name and, when neither the content type nor the name says, its format. */
export const ImportEventsQuerySchema = ImportGdeltQuerySchema.extend({
  format: z.enum(["csv", "json"]).optional().describe("csv or json; otherwise from the content type, the name or the first character."),
}).strict();

// ---- Own format ----

export const RowIssueSchema = z.object({
  /** 1-based: the CSV's data row (the header is row 0) or the JSON array's position + 1. */
  row: z.number().int(),
  path: z.array(z.union([z.string(), z.number()])),
  message: z.string(),
});
export type RowIssue = z.infer<typeof RowIssueSchema>;

export const EventsImportReportSchema = z.object({
  format: z.enum(["csv", "json"]),
  rows: z.number().int(),
  /** Events added; 0 when any row was invalid (the file is all-or-nothing). */
  imported: z.number().int(),
  /** Rows whose `id` or `externalId` is already in the atlas: left as they are. */
  alreadyPresent: z.number().int(),
  linksCreated: z.number().int(),
});
export type EventsImportReport = z.infer<typeof EventsImportReportSchema>;

export const EventsImportResponseSchema = z.object({ report: EventsImportReportSchema });

/**
 * A file with invalid rows answers 400 in the API's error shape, every invalid row listed and nothing
 * written: `issues[].path` starts with the 1-based row number, then the field (e.g. [3, "countries", 0]).
 */
