// Imports a file in the atlas's own events format (CSV or JSON, as the events export writes it): every row
// checked first (admin validation rules, known countries), then all rows written in one transaction, or
// none. Rows whose id or externalId is already in the atlas are left as they are, so importing an export
// into the database it came from adds nothing. One audit entry records the run.
import "server-only";
import { db } from "@/lib/db";
import { pairsAmong } from "@/lib/domain/link-id";
import { parseEventsFile, type EventsFileFormat } from "@/lib/import/events-file";
import { uuid7 } from "@/lib/import/uuid7";
import type { EventsImportReport, RowIssue } from "@/lib/schemas/import";
import { dateColumns, sourceRows } from "./event-writes";

export type ImportEventsResult = { ok: true; report: EventsImportReport } | { ok: false; rowCount: number; issues: RowIssue[] };

const CHUNK = 2000;

function chunks<T>(list: readonly T[], size = CHUNK): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export async function importEvents(actorId: string | null, text: string, format: EventsFileFormat, fileName = "upload"): Promise<ImportEventsResult> {
  const parsed = parseEventsFile(text, format);
  const issues = [...parsed.issues];

  const known = new Set((await db().country.findMany({ select: { id: true } })).map((c) => c.id));
  for (const row of parsed.rows) {
    row.event.countries.forEach((code, index) => {
      if (!known.has(code)) issues.push({ row: row.row, path: ["countries", index], message: `${code} is not a country we know` });
    });
  }
  if (issues.length) return { ok: false, rowCount: parsed.rowCount, issues: issues.sort((a, b) => a.row - b.row) };

  const report = await db().$transaction(
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
      };
      await tx.auditEntry.create({
        data: { actorId, action: "create", entityType: "import", entityId: uuid7(), after: { source: "events", file: fileName, ...result } },
      });
      return result;
    },
    { timeout: 300_000, maxWait: 10_000 },
  );
  return { ok: true, report };
}
