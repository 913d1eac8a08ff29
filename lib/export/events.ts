// Events export formats. CSV: one row per event, countries joined by ";" and the sources as a JSON array in
// one column, so the file opens in a spreadsheet and imports back unchanged. JSON: the same rows.
import { stringify } from "csv-stringify/sync";
import { formatRoles } from "@/lib/domain/roles-text";
import { EVENT_CSV_COLUMNS, type EventExportRow } from "@/lib/schemas/export";

export const ATTRIBUTION =
  "Axis Atlas. Machine-coded events (origin \"machine\") come from the GDELT Project (gdeltproject.org).";

export function eventCsvRecord(row: EventExportRow): Record<(typeof EVENT_CSV_COLUMNS)[number], string> {
  return {
    id: row.id,
    date: row.date,
    dateEnd: row.dateEnd,
    precision: row.precision,
    title: row.title,
    summary: row.summary,
    countries: row.countries.join(";"),
    roles: formatRoles(row.roles),
    category: row.category,
    evidence: row.evidence,
    score: String(row.score),
    cameoCode: row.cameoCode ?? "",
    origin: row.origin,
    externalId: row.externalId ?? "",
    tivMillions: row.tivMillions === null ? "" : String(row.tivMillions),
    sources: JSON.stringify(row.sources),
  };
}

/** CSV text for some rows; the header only on the first page. */
export function eventsCsvPage(rows: readonly EventExportRow[], header: boolean): string {
  return stringify(rows.map(eventCsvRecord), { header, columns: [...EVENT_CSV_COLUMNS], record_delimiter: "\r\n" });
}

/** The JSON export, written in pieces so it can stream: head, rows (comma-separated), tail. */
export const eventsJson = {
  head: (filters: object, exportedAt: string) =>
    `{"exportedAt":${JSON.stringify(exportedAt)},"filters":${JSON.stringify(filters)},"attribution":${JSON.stringify(ATTRIBUTION)},"events":[`,
  rows: (rows: readonly EventExportRow[], first: boolean) =>
    rows.map((row, i) => `${first && i === 0 ? "" : ","}\n${JSON.stringify(row)}`).join(""),
  tail: (count: number) => `\n],"count":${count}}\n`,
};
