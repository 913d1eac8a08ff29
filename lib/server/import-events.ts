// Imports a file in the atlas's own events format (CSV or JSON, as the events export writes it): every row
// checked first (admin validation rules, known countries), then all rows written in one transaction, or
// none. Rows whose id or externalId is already in the atlas are left as they are, so importing an export
// into the database it came from adds nothing. One audit entry records the run. A dry run does the same
// writes in the same transaction and rolls it back, so its report is the import's without a write.
import "server-only";
import { readFile } from "node:fs/promises";
import { db } from "@/lib/db";
import { pairsAmong } from "@/lib/domain/link-id";
import { parseEventsFile, type EventsFileFormat } from "@/lib/import/events-file";
import type { SavedUpload } from "@/lib/import/receive-upload";
import { uuid7 } from "@/lib/import/uuid7";
import { MAX_NEW_LINKS, type EventsImportReport, type RowIssue } from "@/lib/schemas/import";
import { dateColumns, sourceRows } from "./event-writes";
import { AppError } from "./errors";

/** The largest own-format file accepted: it is read whole and written in one transaction. */
export const MAX_EVENTS_FILE_BYTES = 20 * 1024 * 1024;

export type ImportEventsResult = { ok: true; report: EventsImportReport } | { ok: false; rowCount: number; issues: RowIssue[] };

const CHUNK = 2000;

function chunks<T>(list: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

/** Thrown inside a dry run's transaction to roll it back, carrying the report out. */
class DryRunDone {
  constructor(readonly report: EventsImportReport) {}
}

/**
 * Imports `text`, a file of the own format `format`, as `actorId` (null from the command line). Returns the
 * report, or every invalid row (nothing written). With `dryRun`, writes everything in the transaction and rolls
 * it back: the report (imported, alreadyPresent, linksCreated, newLinks) is the import's, and no audit entry
 * is kept. Throws only on database failures.
 */
export async function importEvents(
  actorId: string | null,
  text: string,
  format: EventsFileFormat,
  fileName = "upload",
  options: { dryRun?: boolean } = {},
): Promise<ImportEventsResult> {
  const dryRun = options.dryRun ?? false;
  const parsed = parseEventsFile(text, format);
  const issues = [...parsed.issues];

  const known = new Set((await db().country.findMany({ select: { id: true } })).map((c) => c.id));
  for (const row of parsed.rows) {
    row.event.countries.forEach((code, index) => {
      if (!known.has(code)) issues.push({ row: row.row, path: ["countries", index], message: `${code} is not a country we know` });
    });
  }
  if (issues.length) return { ok: false, rowCount: parsed.rowCount, issues: issues.sort((a, b) => a.row - b.row) };

  const run = db().$transaction(
    async (tx) => {
      const ids = parsed.rows.flatMap((r) => (r.id ? [r.id] : []));
      const externalIds = parsed.rows.flatMap((r) => (r.externalId ? [r.externalId] : []));
      const presentIds = new Set<string>();
      const presentExternal = new Set<string>();
      for (const part of chunks(ids)) {
        for (const e of await tx.event.findMany({ where: { id: { in: part } }, select: { id: true } })) presentIds.add(e.id);
      }
      for (const part of chunks(externalIds)) {
        for (const e of await tx.event.findMany({ where: { externalId: { in: part } }, select: { externalId: true } })) {
          presentExternal.add(e.externalId!);
        }
      }
      const fresh = parsed.rows.filter((r) => !(r.id && presentIds.has(r.id)) && !(r.externalId && presentExternal.has(r.externalId)));

      // Links first: every new pair among the new events' countries gets one, as editors' events do.
      const pairs = [...new Set(fresh.flatMap((r) => pairsAmong(r.event.countries)))];
      const existingLinks = new Set<string>();
      for (const part of chunks(pairs)) {
        for (const l of await tx.link.findMany({ where: { id: { in: part } }, select: { id: true } })) existingLinks.add(l.id);
      }
      const missing = pairs.filter((p) => !existingLinks.has(p));
      let linksCreated = 0;
      if (missing.length) {
        const names = new Map((await tx.country.findMany({ select: { id: true, name: true } })).map((c) => [c.id, c.name]));
        for (const part of chunks(missing)) {
          const created = await tx.link.createMany({
            data: part.map((id) => {
              const [a, b] = id.split("-") as [string, string];
              return { id, countryAId: a, countryBId: b, title: `${names.get(a)}–${names.get(b)}`.slice(0, 200), summary: "" };
            }),
            skipDuplicates: true,
          });
          linksCreated += created.count;
        }
      }

      const withIds = fresh.map((r) => ({ ...r, eventId: r.id ?? uuid7() }));
      for (const part of chunks(withIds)) {
        await tx.event.createMany({
          data: part.map((r) => ({
            id: r.eventId,
            title: r.event.title,
            summary: r.event.summary,
            ...dateColumns(r.event.date, r.event.precision),
            category: r.event.category,
            evidence: r.event.evidence,
            score: r.event.score,
            cameoCode: r.event.cameoCode,
            origin: r.origin,
            externalId: r.externalId,
            tivMillions: r.tivMillions,
            createdById: actorId,
            updatedById: actorId,
          })),
        });
        await tx.eventParticipant.createMany({
          data: part.flatMap((r) =>
            [...new Set(r.event.countries)].map((countryId) => ({ eventId: r.eventId, countryId, role: r.event.roles[countryId] ?? null })),
          ),
        });
        await tx.source.createMany({
          data: part.flatMap((r) => sourceRows(r.event.sources).map((s) => ({ ...s, id: uuid7(), eventId: r.eventId }))),
        });
      }

      const result: EventsImportReport = {
        format,
        rows: parsed.rowCount,
        imported: fresh.length,
        alreadyPresent: parsed.rows.length - fresh.length,
        linksCreated,
        newLinks: missing.slice(0, MAX_NEW_LINKS),
        dryRun,
      };
      if (dryRun) throw new DryRunDone(result);
      await tx.auditEntry.create({
        data: { actorId, action: "create", entityType: "import", entityId: uuid7(), after: { source: "events", file: fileName, ...result } },
      });
      return result;
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
  const report = await run.catch((error: unknown) => {
    if (error instanceof DryRunDone) return error.report;
    throw error;
  });
  return { ok: true, report };
}

/**
 * Imports (or with `dryRun` checks) an uploaded own-format file, removing the upload either way. `format` is
 * csv or json, or a function of the text that decides. Returns the
 * report; throws AppError invalid_request listing every invalid row (`issues[].path` starts with the row
 * number; nothing written), or a database error.
 */
export async function importEventsUpload(
  actorId: string | null,
  upload: SavedUpload,
  format: EventsFileFormat | ((text: string) => EventsFileFormat),
  options: { dryRun?: boolean } = {},
): Promise<EventsImportReport> {
  let text: string;
  try {
    text = await readFile(upload.path, "utf8");
  } finally {
    await upload.remove();
  }
  const result = await importEvents(actorId, text, typeof format === "function" ? format(text) : format, upload.fileName, options);
  if (result.ok) return result.report;
  const rows = new Set(result.issues.map((i) => i.row).filter((row) => row > 0)).size;
  const nothing = options.dryRun ? "Nothing would be imported" : "Nothing was imported";
  // Row 0 is the file itself (its header, or a file that could not be read at all): no "1 of 0 rows".
  const message = rows
    ? `${rows} of ${result.rowCount} rows are invalid; ${nothing.toLowerCase()}. Each issue's path starts with the row number (0: the file itself).`
    : `The file could not be read as events: ${result.issues[0]?.message ?? "unknown problem"}. ${nothing}.`;
  throw new AppError("invalid_request", message, {
    issues: result.issues.map((i) => ({ path: [i.row, ...i.path], message: i.message })),
  });
}
