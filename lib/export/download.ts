// What the export routes share: a filename that says what the file holds, and download headers.
import { todayIso } from "@/lib/domain/months";
import type { ExportFilters } from "@/lib/schemas/export";

/** "axis-atlas-links-IR-KP-2019-01-01_to_now-2026-11-30.geojson": what the file holds, and the day (UTC) it was made. */
export function exportFileName(what: "events" | "links", filters: ExportFilters, extension: string, today = todayIso()): string {
  const parts = ["axis-atlas", what];
  if (filters.link) parts.push(filters.link);
  if (filters.country) parts.push(filters.country);
  if (filters.origin) parts.push(filters.origin);
  if (filters.from || filters.to) parts.push(`${filters.from ?? "start"}_to_${filters.to ?? "now"}`);
  parts.push(today);
  return `${parts.join("-")}.${extension}`;
}

export function downloadHeaders(contentType: string, fileName: string): HeadersInit {
  return {
    "content-type": contentType,
    "content-disposition": `attachment; filename="${fileName}"`,
    "cache-control": "no-store",
  };
}
