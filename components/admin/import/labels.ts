// Words /admin/import uses for formats and for the reasons rows are skipped, in the reader's language (the
// "adminImport" messages), and its numbers and file sizes through Intl.
import { formatNumber } from "@/lib/i18n/format-number";
import type { Locale } from "@/lib/i18n/locales";
import { GDELT_REJECT_REASONS, type ImportFormat } from "@/lib/schemas/import";

/** A message of the "adminImport" namespace (next-intl's `t`). */
type Translate = (key: string, values?: Record<string, string | number>) => string;

/** A format's name: "GDELT event file (1.0 or 2.0)". */
export const formatLabel = (t: Translate, format: ImportFormat) => t(`format.${format}`);

/** The words for a skip reason; a reason added later reads as its own name until it gets some. */
export function reasonLabel(t: Translate, reason: string): string {
  return (GDELT_REJECT_REASONS as readonly string[]).includes(reason) ? t(`reason.${reason}`) : reason.replaceAll("_", " ");
}

/** 12,345 (en), ۱۲٬۳۴۵ (fa), 12 345 (ru). */
export const formatCount = (locale: Locale, n: number) => formatNumber(locale, n);

/** A file size as people read it: "835 kB", "12.4 MB", in the reader's language. */
export function formatBytes(locale: Locale, bytes: number): string {
  if (bytes < 1024) return formatNumber(locale, bytes, { style: "unit", unit: "byte", unitDisplay: "short" });
  if (bytes < 1024 * 1024) return formatNumber(locale, Math.round(bytes / 1024), { style: "unit", unit: "kilobyte", unitDisplay: "short" });
  return formatNumber(locale, bytes / 1024 / 1024, { style: "unit", unit: "megabyte", unitDisplay: "short", maximumFractionDigits: 1 });
}
