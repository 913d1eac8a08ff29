"use client";
// Fonts for the scripts Inter does not cover (issue 17, part 4): Hangul, Han (Simplified Chinese) and Arabic script
// (Persian), self-hosted from @fontsource. Their @font-face CSS is large for CJK (~90-100 KB each, a rule per
// unicode-range subset), so it is not in the page's stylesheet: it is a chunk of its own, fetched the first time
// the page's language or its rendered text needs that script. An English page fetches neither the CSS nor any font
// file. Shown text, not all text: the language switcher's closed menu names every language in its own script
// (한국어, فارسی, 中文), and would otherwise load all three on every page; its fonts load when it opens. Shown text
// is found from the DOM alone (closed <details>, [hidden]), never with innerText: that forces a style and layout
// pass, and on a timeline step at 5,000 links the observer below made one for each batch of new list rows.
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

/** Never rendered as text: scripts (Next.js's RSC payload names every language in its own script), styles. */
const NOT_TEXT = "script, style, noscript, template";
/** Elements whose text may be off screen: checked for before a cheap textContent. */
const MAYBE_HIDDEN = `details:not([open]), [hidden], ${NOT_TEXT}`;

/**
 * Content of a closed <details> (not its <summary>), of a [hidden] element or of a script or style: in the DOM,
 * not on screen.
 */
function isHidden(element: Element): boolean {
  if (element.closest(`[hidden], ${NOT_TEXT}`)) return true;
  const details = element.closest("details:not([open])");
  if (!details) return false;
  const summary = element.closest("summary");
  return !(summary && summary.parentElement === details);
}

/** The text of `node` that can be on screen, without asking the browser for layout. */
function shownText(node: Node): string {
  if (node instanceof Text) return node.parentElement && isHidden(node.parentElement) ? "" : node.data;
  if (!(node instanceof Element)) return node.textContent ?? "";
  if (isHidden(node)) return "";
  if (!node.querySelector(MAYBE_HIDDEN)) return node.textContent ?? "";
  let text = "";
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  for (let current = walker.nextNode(); current; current = walker.nextNode()) {
    if (!current.parentElement || !isHidden(current.parentElement)) text += (current as Text).data;
  }
  return text;
}

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
        else if (record.type === "characterData") scan(shownText(record.target));
        else for (const node of record.addedNodes) scan(shownText(node));
      }
      // Every script loaded: nothing left to watch for.
      if (pending.size === 0) observer.disconnect();
    });
    // A <details> that opens shows text that was not rendered before (toggle does not bubble: listen in capture).
    const onToggle = (event: Event) => {
      if (event.target instanceof HTMLDetailsElement && event.target.open) scan(shownText(event.target));
    };
    byLanguage();
    scan(document.title);
    scan(shownText(document.body));
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
