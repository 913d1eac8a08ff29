"use client";
// Fonts for the scripts Inter does not cover (issue 17, part 4): Hangul, Han (Simplified Chinese) and Arabic script
// (Persian), self-hosted from @fontsource. Their @font-face CSS is large for CJK (~90-100 KB each, a rule per
// unicode-range subset), so it is not in the page's stylesheet: it is a chunk of its own, fetched the first time
// the page's language or its rendered text needs that script. An English page fetches neither the CSS nor any font
// file. Rendered text (innerText), not all text: the language switcher's closed menu names every language in its own
// script (한국어, فارسی, 中文), and would otherwise load all three on every page; its fonts load when it opens.
// The font-family stack that names them is in app/globals.css.
import { useEffect } from "react";

interface ScriptFont {
  /** Characters of the script (a test on text, not a search: no `g` flag). */
  chars: RegExp;
  /** Page languages (<html lang>) that are written in it. */
  langs: RegExp;
  load: () => Promise<unknown>;
}

const FONTS: readonly ScriptFont[] = [
  { chars: /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/, langs: /^ko\b/i, load: () => import("./fonts/korean") },
  { chars: /[\u3400-\u4dbf\u4e00-\u9fff\u3000-\u303f]/, langs: /^zh\b/i, load: () => import("./fonts/chinese") },
  { chars: /[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]/, langs: /^(fa|ar)\b/i, load: () => import("./fonts/persian") },
];

/** Loads each script's fonts once the page shows that script: at start, and as text is added or the language changes. */
export function ScriptFonts() {
  useEffect(() => {
    const pending = new Set(FONTS);
    const take = (font: ScriptFont) => {
      pending.delete(font);
      void font.load();
    };
    const scan = (text: string | null) => {
      if (!text) return;
      for (const font of pending) if (font.chars.test(text)) take(font);
    };
    const byLanguage = () => {
      for (const font of pending) if (font.langs.test(document.documentElement.lang)) take(font);
    };
    const observer = new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === "attributes") byLanguage();
        else if (record.type === "characterData") scan(record.target.textContent);
        else for (const node of record.addedNodes) scan(node instanceof HTMLElement ? node.innerText : node.textContent);
      }
      // Every script loaded: nothing left to watch for.
      if (pending.size === 0) observer.disconnect();
    });
    // A <details> that opens shows text that was not rendered before (toggle does not bubble: listen in capture).
    const onToggle = (event: Event) => {
      if (event.target instanceof HTMLDetailsElement && event.target.open) scan(event.target.innerText);
    };
    byLanguage();
    scan(document.title);
    scan(document.body.innerText);
    if (pending.size === 0) return;
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ["lang"] });
    document.addEventListener("toggle", onToggle, true);
    return () => {
      observer.disconnect();
      document.removeEventListener("toggle", onToggle, true);
    };
  }, []);
  return null;
}
