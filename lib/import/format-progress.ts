// Human-readable progress and summaries for the command-line importers.
import { REJECT_REASONS } from "@/lib/gdelt/map-row";
import type { GdeltImportProgress } from "@/lib/schemas/import";

const n = (value: number) => value.toLocaleString("en");

export function formatDuration(seconds: number): string {
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${rest}` : `${m}:${rest}`;
}

/** One terminal line: a bar, rows, rows/s and the ETA. */
export function progressLine(p: GdeltImportProgress, width = 24): string {
  const filled = Math.round((p.percent / 100) * width);
  const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
  const eta = p.etaSeconds === null ? "ETA --:--" : `ETA ${formatDuration(p.etaSeconds)}`;
  return `${bar} ${p.percent.toFixed(1).padStart(5)}%  ${n(p.rowsRead)} rows  ${n(p.rowsPerSecond)} rows/s  ${eta}  ${n(p.imported)} imported`;
}

export function gdeltSummary(p: GdeltImportProgress): string {
  const skippedTotal = Object.values(p.skipped).reduce((a, b) => a + b, 0);
  const lines = [
    `Read ${n(p.rowsRead)} rows in ${formatDuration(p.elapsedSeconds)} (${n(p.rowsPerSecond)} rows/s).`,
    p.dryRun
      ? `Checked, nothing written: would import ${n(p.imported)} events and create ${n(p.linksCreated)} links${p.newLinks.length ? ` (${p.newLinks.join(", ")}${p.linksCreated > p.newLinks.length ? ", …" : ""})` : ""}.`
      : `Imported ${n(p.imported)} events (machine origin, kept apart from curated ones); ${n(p.linksCreated)} new links.`,
    `Skipped ${n(skippedTotal)} rows:`,
  ];
  for (const [reason, count] of Object.entries(p.skipped)) {
    if (count) lines.push(`  ${n(count).padStart(10)}  ${reason}: ${REJECT_REASONS[reason as keyof typeof REJECT_REASONS]}`);
  }
  if (p.examples.length) {
    lines.push(`Examples (first ${p.examples.length}):`);
    for (const e of p.examples) lines.push(`  ${e.file}${e.member ? ` › ${e.member}` : ""}:${e.line}  ${e.reason}  ${e.message}`);
  }
  return lines.join("\n");
}
