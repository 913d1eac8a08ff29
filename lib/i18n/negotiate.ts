// Which language a request gets: the address's ?lang= first (a shared link keeps its language), then the
// reader's remembered choice (cookie axis-locale), then the browser's Accept-Language, then English.
import { DEFAULT_LOCALE, matchLocale, type Locale } from "./locales";

/**
 * Accept-Language's tags, most wanted first ("ko-KR,ko;q=0.9,en;q=0.8" -> ["ko-KR", "ko", "en"]); tags with q=0
 * are refused and dropped. Ties keep the header's order.
 */
export function acceptedLanguages(header: string | null | undefined): string[] {
  if (!header) return [];
  return header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag: tag.trim(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((t) => t.tag && t.tag !== "*" && t.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index)
    .map((t) => t.tag);
}

export interface LocaleInputs {
  /** The address's ?lang= value. */
  param?: string | null;
  /** The axis-locale cookie's value. */
  cookie?: string | null;
  /** The Accept-Language header. */
  acceptLanguage?: string | null;
}

/** The locale for a request, and where it came from (the proxy remembers a choice made in the address). */
export function negotiateLocale({ param, cookie, acceptLanguage }: LocaleInputs): { locale: Locale; from: "param" | "cookie" | "header" | "default" } {
  const fromParam = matchLocale(param);
  if (fromParam) return { locale: fromParam, from: "param" };
  const fromCookie = matchLocale(cookie);
  if (fromCookie) return { locale: fromCookie, from: "cookie" };
  for (const tag of acceptedLanguages(acceptLanguage)) {
    const match = matchLocale(tag);
    if (match) return { locale: match, from: "header" };
  }
  return { locale: DEFAULT_LOCALE, from: "default" };
}
