// Numbers in the reader's language (digit shapes, grouping and decimal marks) with Intl.NumberFormat.
import type { Locale } from "./locales";

const cache = new Map<string, Intl.NumberFormat>();

/** `value` written for `locale`: 1234.5 -> "1,234.5" (en), "1 234,5" (ru), "۱٬۲۳۴٫۵" (fa). */
export function formatNumber(locale: Locale, value: number, options: Intl.NumberFormatOptions = {}): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(locale, options);
    cache.set(key, f);
  }
  return f.format(value);
}

/** One decimal, as strengths are shown: 3.25 -> "3.3" (en), "۳٫۳" (fa). (Rounding is Intl's: half away from zero.) */
export function formatDecimal(locale: Locale, value: number): string {
  return formatNumber(locale, value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
}

/**
 * A Goldstein score with its sign always shown, since the sign is the point: "+1.9", "−4.0", "0.0". The minus is
 * U+2212 (as English has always shown it), so a score never reads as a hyphenated word. Signs come from Intl, which
 * in Persian puts a left-to-right mark before them, so "+۶٫۲" keeps its sign in front inside right-to-left text.
 */
export function formatSignedScore(locale: Locale, score: number): string {
  const signed = formatNumber(locale, score, { signDisplay: "exceptZero", minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return signed.replace("-", "\u2212");
}
