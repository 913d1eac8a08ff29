// The interface languages and how each is named and written. Dependency-free: the proxy (edge of every request),
// the server's request config, the switcher and the tests all import it.

/** Interface languages, English first (the fallback). Tags are BCP 47, as <html lang> and Intl take them. */
export const LOCALES = ["en", "ko", "fa", "ru", "zh-Hans"] as const;
export type Locale = (typeof LOCALES)[number];

export const DEFAULT_LOCALE: Locale = "en";

/** The cookie that remembers a reader's choice (set by proxy.ts when the address says ?lang=). */
export const LOCALE_COOKIE = "axis-locale";

/** The query parameter that chooses a language, so a shared link opens in the language it was shared in. */
export const LOCALE_PARAM = "lang";

/** Each language named in itself, as the switcher offers it. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  ko: "한국어",
  fa: "فارسی",
  ru: "Русский",
  "zh-Hans": "中文（简体）",
};

/** Languages written right to left: the page gets dir="rtl". */
const RTL: ReadonlySet<Locale> = new Set<Locale>(["fa"]);

/** "rtl" for Persian, "ltr" for the others. */
export function localeDirection(locale: Locale): "ltr" | "rtl" {
  return RTL.has(locale) ? "rtl" : "ltr";
}

/**
 * The supported locale a tag names, or null: exact tags first, then by language ("ko-KR" is ko, "zh-CN",
 * "zh-SG" and "zh" are zh-Hans; "zh-TW" and "zh-Hant" are not, there being no Traditional Chinese yet), any case.
 */
export function matchLocale(tag: string | null | undefined): Locale | null {
  if (!tag) return null;
  const lower = tag.trim().toLowerCase().replace(/_/g, "-");
  if (!lower) return null;
  const exact = LOCALES.find((l) => l.toLowerCase() === lower);
  if (exact) return exact;
  const [language, ...rest] = lower.split("-");
  if (language === "zh") {
    if (rest.some((part) => part === "hant" || part === "tw" || part === "hk" || part === "mo")) return null;
    return "zh-Hans";
  }
  return LOCALES.find((l) => l === language) ?? null;
}
