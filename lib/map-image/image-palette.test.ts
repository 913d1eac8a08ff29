// The images' words stay readable in both themes: every text colour against the sea it is drawn over.
import { describe, expect, it } from "vitest";
import { IMAGE_PALETTES } from "./image-palette";

/** WCAG 2.2 relative luminance of a #rrggbb colour (its definition of "relative luminance"). */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.2 contrast ratio, 1 to 21. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("IMAGE_PALETTES", () => {
  it.each(["dark", "light"] as const)("%s: title, verdict, legend, range and credits reach WCAG AA (4.5:1) on the sea and on the land", (theme) => {
    const p = IMAGE_PALETTES[theme];
    for (const text of [p.text, p.soft, p.muted, p.accent]) {
      expect(contrast(text, p.sea), `${text} on ${p.sea}`).toBeGreaterThanOrEqual(4.5);
      expect(contrast(text, p.land), `${text} on ${p.land}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("the light theme is light and the dark one dark: the sea and the title swap places", () => {
    expect(luminance(IMAGE_PALETTES.light.sea)).toBeGreaterThan(luminance(IMAGE_PALETTES.light.text));
    expect(luminance(IMAGE_PALETTES.dark.sea)).toBeLessThan(luminance(IMAGE_PALETTES.dark.text));
  });
});
