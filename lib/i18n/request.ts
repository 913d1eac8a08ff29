// next-intl's request configuration (named in next.config.js): the locale proxy.ts negotiated for this request and
// that locale's messages only. Requests the proxy does not see (router prefetches) negotiate the same way here from
// the cookie and Accept-Language, so a page is never rendered in a language the reader did not get.
import { getRequestConfig } from "next-intl/server";
import { cookies, headers } from "next/headers";
import { LOCALE_COOKIE, matchLocale, type Locale } from "./locales";
import { LOCALE_HEADER } from "./locale-header";
import { negotiateLocale } from "./negotiate";

/** The locale of the request being rendered: the proxy's choice, else the cookie, Accept-Language, English. */
export async function requestLocale(): Promise<Locale> {
  const h = await headers();
  const chosen = matchLocale(h.get(LOCALE_HEADER));
  if (chosen) return chosen;
  const cookie = (await cookies()).get(LOCALE_COOKIE)?.value;
  return negotiateLocale({ cookie, acceptLanguage: h.get("accept-language") }).locale;
}

export default getRequestConfig(async ({ locale: explicit }) => {
  // A locale passed explicitly (getTranslations({ locale }) in a route handler, which the proxy does not see) wins.
  const locale = matchLocale(explicit) ?? (await requestLocale());
  return {
    locale,
    messages: (await import(`../../messages/${locale}.json`)).default,
    // Dates in the atlas are UTC calendar dates (lib/i18n/format-date.ts formats them); no local time is shown.
    timeZone: "UTC",
  };
});
