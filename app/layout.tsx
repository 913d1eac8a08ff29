// Root layout: the self-hosted font and the page frame. Nothing here fetches from another origin.
import "@fontsource-variable/inter";
import "./globals.css";
import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { Providers } from "./providers";

export const metadata: Metadata = {
  title: "Axis Atlas",
  description: "How states are tied together, and how sure we are of it: dated, sourced, evidence-graded events.",
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
