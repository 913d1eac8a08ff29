"use client";
// The language switcher: a disclosure listing the five languages, each named in itself (한국어, فارسی, ...) and
// marked with its own lang. Each is a plain link to this address with ?lang= set, so it works without JavaScript,
// keeps the view (range, filters, open panel) and is shareable; proxy.ts remembers the choice in a cookie.
import { useLocale, useTranslations } from "next-intl";
import { LOCALES, LOCALE_NAMES, LOCALE_PARAM, type Locale } from "@/lib/i18n/locales";
import { useLocationQuery } from "./use-location-query";

/** The address of this page (`pathname` and its `query`) in `locale`. */
export function localeHref(pathname: string, query: string, locale: Locale): string {
  const params = new URLSearchParams(query);
  params.set(LOCALE_PARAM, locale);
  return `${pathname}?${params}`;
}

export function LocaleSwitch({ pathname }: { pathname: string }) {
  const t = useTranslations("localeSwitch");
  const current = useLocale() as Locale;
  const query = useLocationQuery();
  return (
    <details className="locale-switch" data-testid="locale-switch">
      <summary className="locale-switch__summary" aria-label={t("label", { language: LOCALE_NAMES[current] })}>
        <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6.5" stroke="currentColor" strokeWidth="1.4" fill="none" />
          <path d="M1.5 8h13M8 1.5c2 2 2.6 4 2.6 6.5S10 12.5 8 14.5M8 1.5C6 3.5 5.4 5.5 5.4 8s.6 4.5 2.6 6.5" stroke="currentColor" strokeWidth="1.2" fill="none" />
        </svg>
        <span lang={current}>{LOCALE_NAMES[current]}</span>
      </summary>
      <ul className="locale-switch__menu" role="list" aria-label={t("menu")}>
        {LOCALES.map((locale) => (
          <li key={locale}>
            <a
              className="locale-switch__option"
              href={localeHref(pathname, query, locale)}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === current ? "true" : undefined}
              data-locale={locale}
            >
              {LOCALE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
