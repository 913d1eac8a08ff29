// Root layout: the self-hosted font and the page frame. Nothing here fetches from another origin.
import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { cookies } from "next/headers";
import { ALL_EVENTS_FEED_PATH } from "@/lib/feeds/paths";
import { PublicOriginProvider } from "@/components/public-origin";
import { ScriptFonts } from "@/components/script-fonts";
import { ThemeChoiceProvider } from "@/components/theme-switch";
import { pageOrigin } from "@/lib/http/page-origin";
import { FALLBACK_ORIGIN } from "@/lib/http/public-origin";
import { parseThemeChoice, THEME_COOKIE } from "@/lib/theme";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: "Axis Atlas",
  description: "How states are tied together, and how sure we are of it: dated, sourced, evidence-graded events.",
  // Feed readers find the all-events Atom feed from any page (<link rel="alternate" type="application/atom+xml">).
  alternates: { types: { "application/atom+xml": [{ url: ALL_EVENTS_FEED_PATH, title: "Axis Atlas: all events" }] } },
};

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
  return (
    <html lang="en" data-theme={theme}>
      <body>
        <PublicOriginProvider origin={origin}>
          <ThemeChoiceProvider choice={theme}>
            <Providers>{children}</Providers>
          </ThemeChoiceProvider>
          <ScriptFonts />
        </PublicOriginProvider>
      </body>
    </html>
  );
}
