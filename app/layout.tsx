// Root layout: the self-hosted font and the page frame. Nothing here fetches from another origin.
import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { ALL_EVENTS_FEED_PATH } from "@/lib/feeds/paths";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: "Axis Atlas",
  description: "How states are tied together, and how sure we are of it: dated, sourced, evidence-graded events.",
  // Feed readers find the all-events Atom feed from any page (<link rel="alternate" type="application/atom+xml">).
  alternates: { types: { "application/atom+xml": [{ url: ALL_EVENTS_FEED_PATH, title: "Axis Atlas: all events" }] } },
};

export const viewport: Viewport = { themeColor: "#0a1420", colorScheme: "dark", width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
