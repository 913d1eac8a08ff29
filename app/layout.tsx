// Root layout: the self-hosted font and the page frame, in the reader's language (<html lang dir>, issue 17).
// Nothing here fetches from another origin.
import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { cookies } from "next/headers";
import { clientMessages } from "@/lib/i18n/client-messages";
import { localeDirection, type Locale } from "@/lib/i18n/locales";
import { ALL_EVENTS_FEED_PATH } from "@/lib/feeds/paths";
import { PublicOriginProvider } from "@/components/public-origin";
import { ScriptFonts } from "@/components/script-fonts";
import { ThemeChoiceProvider } from "@/components/theme-switch";
import { pageOrigin } from "@/lib/http/page-origin";
import { FALLBACK_ORIGIN } from "@/lib/http/public-origin";
import { parseThemeChoice, THEME_COOKIE } from "@/lib/theme";
import { Providers } from "./providers";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    title: "Axis Atlas",
    description: t("description"),
    // Feed readers find the all-events Atom feed from any page (<link rel="alternate" type="application/atom+xml">).
    alternates: { types: { "application/atom+xml": [{ url: ALL_EVENTS_FEED_PATH, title: t("feedTitle") }] } },
  };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#eef2f6" },
    { media: "(prefers-color-scheme: dark)", color: "#0a1420" },
  ],
  colorScheme: "light dark",
  width: "device-width",
  initialScale: 1,
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Absolute URLs in the HTML (the embed code) name the origin this request reached, when the app answers on it.
  // Otherwise (a host it does not know, e.g. behind a proxy without BETTER_AUTH_URL) nothing is named here and the
  // browser fills in the address it is on: a page never carries a host the request did not prove.
  const known = await pageOrigin();
  const origin = known === FALLBACK_ORIGIN ? "" : known;
  // The reader's theme (components/theme-switch.tsx) is on <html> from the first byte: no flash of the other one.
  const theme = parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value);
  const locale = (await getLocale()) as Locale;
  // Only this locale's messages reach the browser, and only the namespaces client components use.
  const messages = clientMessages(await getMessages());
  return (
    <html lang={locale} dir={localeDirection(locale)} data-theme={theme}>
      <body>
        <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC">
          <PublicOriginProvider origin={origin}>
            <ThemeChoiceProvider choice={theme}>
              <Providers>{children}</Providers>
            </ThemeChoiceProvider>
            <ScriptFonts />
          </PublicOriginProvider>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
