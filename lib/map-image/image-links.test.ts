import { describe, expect, it } from "vitest";
import type { LinkSummary } from "@/lib/schemas/links";
import { MAX_ARC_WIDTH } from "@/lib/map/link-style";
import { imageLinks } from "./image-links";

const ISO = ["AA", "BB", "CC", "DD", "EE", "FF", "GG", "HH", "II", "JJ", "KK", "LL", "MM", "NN", "OO", "PP", "QQ", "RR", "SS", "TT", "UU", "VV", "WW", "XX", "YY", "ZZ", "AB", "AC", "AD"];
const link = (a: string, b: string, strength: number) =>
  ({ id: `${a}-${b}`, countries: [a, b], strength, eventCount: 3, allegedShare: 0, nature: "cooperation" }) as unknown as LinkSummary;
// 406 links between 29 made-up countries, of strengths 1..406.
const links = ISO.flatMap((a, i) => ISO.slice(i + 1).map((b) => [a, b] as const)).map(([a, b], i) => link(a, b, i + 1));

describe("imageLinks: what a map image draws", () => {
  it("draws the 150 strongest, says so, and gives the strongest the widest line", () => {
    const drawn = imageLinks(links, null);
    expect(drawn.shown).toHaveLength(150);
    expect(Math.min(...drawn.shown.map((l) => l.strength))).toBe(links.length - 149);
    expect(drawn.note).toBe(`the 150 strongest of ${links.length} links`);
    expect(drawn.styleFor(links.at(-1)!).width).toBe(MAX_ARC_WIDTH);
  });

  it("adds an open country's weaker ties and counts them", () => {
    const drawn = imageLinks(links, { kind: "country", id: "AA" });
    const ties = links.filter((l) => l.countries.includes("AA"));
    for (const tie of ties) expect(drawn.shown).toContain(tie);
    expect(drawn.note).toBe(`${drawn.shown.length} of ${links.length} links`);
  });

  it("says nothing when every link is drawn", () => {
    expect(imageLinks(links.slice(0, 6), null).note).toBeNull();
  });
});
