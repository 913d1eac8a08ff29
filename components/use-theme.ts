"use client";
import { parseThemeChoice, resolveTheme, type Theme } from "@/lib/theme";
import { useHtmlAttribute } from "./use-html-attribute";
import { useMediaQuery } from "./use-media-query";

const PREFERS_DARK = "(prefers-color-scheme: dark)";

/** The theme the page shows now: <html data-theme> (the switch's choice), "system" resolved by the media query. */
export function useTheme(): Theme {
  const choice = parseThemeChoice(useHtmlAttribute("data-theme", "system"));
  const prefersDark = useMediaQuery(PREFERS_DARK, true);
  return resolveTheme(choice, prefersDark);
}

/** The same, read once outside React (when the map is created, so its first frame is in the right colours). */
export function currentTheme(): Theme {
  return resolveTheme(parseThemeChoice(document.documentElement.getAttribute("data-theme")), window.matchMedia(PREFERS_DARK).matches);
}
