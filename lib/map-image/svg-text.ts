// Text for the server's SVG images: escaped for XML, and wrapped to a width without a font engine (an estimate
// of Inter's advance widths; the PNG renderer and browsers then draw the real glyphs).

/** `text` safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

/** Inter's average advance at weight 400–600, in ems, slightly generous so wrapped lines never overflow. */
const EM_PER_CHAR = 0.56;
const NARROW = /[ .,;:'’()|\-–ilIjtf1·]/;
const WIDE = /[MWmw@%—]/;

/** About how wide `text` is drawn in Inter at `fontSize` px, in px (weight `bold` adds 5%). */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += NARROW.test(ch) ? 0.3 : WIDE.test(ch) ? 0.85 : /[A-Z0-9]/.test(ch) ? 0.66 : EM_PER_CHAR;
  return ems * fontSize * (bold ? 1.05 : 1);
}

/**
 * Breaks `text` at spaces into lines at most `maxWidth` px wide (textWidth at `fontSize`), at most `maxLines` of
 * them; the last line kept ends with "…" when text was left out. A word longer than a line is cut.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, maxLines = Infinity, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = "";
  for (const word of words) {
    const next = line ? `${line} ${word}` : word;
    if (textWidth(next, fontSize, bold) <= maxWidth || !line) {
      line = next;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  const fitted = lines.map((l) => clip(l, maxWidth, fontSize, bold));
  if (fitted.length <= maxLines) return fitted;
  const kept = fitted.slice(0, maxLines);
  kept[maxLines - 1] = clip(`${kept[maxLines - 1]}…`, maxWidth, fontSize, bold);
  return kept;
}

/** `line` shortened (with "…") until it fits `maxWidth`. */
function clip(line: string, maxWidth: number, fontSize: number, bold: boolean): string {
  let out = line;
  while (out.length > 1 && textWidth(out, fontSize, bold) > maxWidth) out = `${out.replace(/…$/, "").slice(0, -1).trimEnd()}…`;
  return out;
}

/**
 * Packs `segments` (phrases that must not be broken, such as credits joined by " · ") into lines at most
 * `maxWidth` px wide at `fontSize`, joined by `separator`; a segment wider than a line is wrapped by wrapText.
 */
export function packSegments(segments: readonly string[], maxWidth: number, fontSize: number, separator = " · "): string[] {
  const lines: string[] = [];
  let line = "";
  for (const segment of segments) {
    const next = line ? `${line}${separator}${segment}` : segment;
    if (textWidth(next, fontSize) <= maxWidth) line = next;
    else {
      if (line) lines.push(line);
      if (textWidth(segment, fontSize) <= maxWidth) line = segment;
      else {
        const parts = wrapText(segment, maxWidth, fontSize);
        lines.push(...parts.slice(0, -1));
        line = parts[parts.length - 1] ?? "";
      }
    }
  }
  if (line) lines.push(line);
  return lines;
}
