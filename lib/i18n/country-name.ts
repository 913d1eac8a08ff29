// Country names in the reader's language, from the platform (Intl.DisplayNames, CLDR's names), not from a table we
// would have to keep. English keeps the atlas's own names (the database's, e.g. "North Korea"), which curated
// text and the tests use.
import type { Locale } from "./locales";

/**
 * Names pinned where CLDR's choice is not the one readers of the atlas expect, or where engines may disagree.
 * Korean: North Korea is 북한, as South Korean readers and press name it. CLDR (Node 20's ICU and Chromium 156) already
 * says 북한 for KP, but older ICU data said 조선민주주의인민공화국; pinning it keeps the server's HTML and the browser's
 * render identical whatever ICU each has, and keeps the name the issue asks for.
 */
const PINNED: Partial<Record<Locale, Readonly<Record<string, string>>>> = {
  ko: { KP: "북한", KR: "한국" },
};

const cache = new Map<Locale, Intl.DisplayNames | null>();

function displayNames(locale: Locale): Intl.DisplayNames | null {
  if (!cache.has(locale)) {
    try {
      cache.set(locale, new Intl.DisplayNames(locale, { type: "region", fallback: "none" }));
    } catch {
      cache.set(locale, null);
    }
  }
  return cache.get(locale)!;
}

/** The name of the country `iso2` (ISO 3166-1 alpha-2) in `locale`; `fallback` (the English name) when none is known. */
export function countryName(locale: Locale, iso2: string, fallback: string): string {
  if (locale === "en") return fallback;
  const pinned = PINNED[locale]?.[iso2.toUpperCase()];
  if (pinned) return pinned;
  return displayNames(locale)?.of(iso2.toUpperCase()) ?? fallback;
}
