"use client";
import { useSyncExternalStore } from "react";

/**
 * An attribute of the page's <html> element (`dir`, `data-theme`), kept current: the locale switcher and the theme
 * switch change them in place, without a reload, and whoever draws by them (the map) follows. `serverValue` is
 * what the server (and hydration) assumes.
 */
export function useHtmlAttribute(name: string, serverValue = ""): string {
  return useSyncExternalStore(
    (onChange) => {
      const observer = new MutationObserver(onChange);
      observer.observe(document.documentElement, { attributes: true, attributeFilter: [name] });
      return () => observer.disconnect();
    },
    () => document.documentElement.getAttribute(name) ?? serverValue,
    () => serverValue,
  );
}
