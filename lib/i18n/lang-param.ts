// Internal links carry the address's ?lang= on, so a page opened from a shared link stays in its language.
import { LOCALE_PARAM, matchLocale } from "./locales";

/** [["lang", value]] when `params` chooses a supported language, else []: to spread into a link's query pairs. */
export function langPair(params: URLSearchParams): [string, string][] {
  const lang = params.get(LOCALE_PARAM);
  return lang && matchLocale(lang) ? [[LOCALE_PARAM, lang]] : [];
}
