// Imports: the formats a file can be in and how one is detected, the GDELT import report and job, the
// own-format (CSV/JSON) import's request and report, and POST /api/import's query and answers.
import { z } from "zod";

/** Every file format /admin/import and POST /api/import know, as detect-format.ts names them. */
export const IMPORT_FORMATS = ["gdelt", "icews", "sipri", "events-csv", "events-json"] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * The formats the machine-coded importer (lib/import/gdelt-import.ts) reads, as background jobs: GDELT event
 * files, ICEWS coded-event files, SIPRI's arms-transfer trade register. Also the kinds of upload jobs.
 */
export const MACHINE_FORMATS = ["gdelt", "icews", "sipri"] as const;
export type MachineFormat = (typeof MACHINE_FORMATS)[number];

/** Whether `format` is imported as a job by the machine-coded importer (else: the own events format). */
export function isMachineFormat(format: string): format is MachineFormat {
  return (MACHINE_FORMATS as readonly string[]).includes(format);
}

/** How many new links a report lists by id (it counts them all). */
export const MAX_NEW_LINKS = 20;

const NewLinksSchema = z
  .array(z.string())
  .describe(`The first ${MAX_NEW_LINKS} links the run created (a dry run: would create), by id ("IR-RU"); linksCreated counts them all.`);

export const DetectedFormatSchema = z.object({
  format: z.enum([...IMPORT_FORMATS, "unknown"]),
  /** What the file is, in words ("GDELT 2.0 event export (61 columns)"), or "Unknown format". */
  label: z.string(),
  /** For a known format, what it was told by; for "unknown", what the file looked like. */
  message: z.string(),
  expected: z.array(z.string()).describe("For \"unknown\": each format that was expected, described; empty otherwise."),
  member: z.string().nullable().describe("The zip member the format was read from; null for a plain file."),
});
export type DetectedFormat = z.infer<typeof DetectedFormatSchema>;

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
  newLinks: NewLinksSchema,
  skipped: SkippedCountsSchema,
  /** Up to 20 rejected rows with their line numbers. */
  examples: z.array(RejectedRowExampleSchema),
  dryRun: z.boolean().describe("A check: the numbers are what an import would do, and nothing was written."),
  done: z.boolean(),
});
export type GdeltImportProgress = z.infer<typeof GdeltImportProgressSchema>;

export const ImportJobStatusSchema = z.enum(["running", "done", "failed"]);

export const ImportJobSchema = z.object({
  id: z.string().uuid(),
  kind: z.enum(MACHINE_FORMATS).describe("What the file is: a GDELT event file, an ICEWS coded-event file or a SIPRI trade register."),
  dryRun: z.boolean().describe("A check (dry run): nothing is written, the report says what an import would do."),
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
  newLinks: NewLinksSchema,
  dryRun: z.boolean().describe("A check: nothing was written; imported and linksCreated are what an import would do."),
});
export type EventsImportReport = z.infer<typeof EventsImportReportSchema>;

export const EventsImportResponseSchema = z.object({ report: EventsImportReportSchema });

/**
 * A file with invalid rows answers 400 in the API's error shape, every invalid row listed and nothing
 * written: `issues[].path` starts with the 1-based row number, then the field (e.g. [3, "countries", 0]).
 */

// ---- POST /api/import: every format, detected or named, checked (dry run) or imported ----

export const ImportQuerySchema = z
  .object({
    format: z
      .enum(["auto", ...IMPORT_FORMATS])
      .default("auto")
      .describe("The file's format; `auto` (default) detects it from the name and the first 64 KB (a zip's first data file)."),
    dryRun: z
      .enum(["true", "false", "1", "0"], { error: "must be true or false (1 or 0)" })
      .transform((value) => value === "true" || value === "1")
      .default(false)
      .describe("`true` checks the file: the import runs and is rolled back, and the report says what it would do."),
    name: ImportGdeltQuerySchema.shape.name,
  })
  .strict();
export type ImportQuery = z.infer<typeof ImportQuerySchema>;

/** 202: a machine-coded format (GDELT, ICEWS, SIPRI) runs as a job; poll statusUrl. */
export const StartImportJobResponseSchema = StartGdeltImportResponseSchema.extend({
  format: z.enum(MACHINE_FORMATS),
  dryRun: z.boolean(),
  detected: DetectedFormatSchema.describe("What the detection saw, also when `format` was named (a mismatch is worth showing)."),
});
export type StartImportJobResponse = z.infer<typeof StartImportJobResponseSchema>;

/** 200: the own events format answers in the request, with its report. */
export const ImportReportResponseSchema = EventsImportResponseSchema.extend({
  format: z.enum(["events-csv", "events-json"]),
  dryRun: z.boolean(),
  detected: DetectedFormatSchema,
});
export type ImportReportResponse = z.infer<typeof ImportReportResponseSchema>;
