import { describe, expect, it } from "vitest";
import type { TimelineResponse } from "@/lib/schemas/analysis";
import { decodeTimeline, encodeTimeline } from "./timeline-binary";
import { summarizeCells } from "./timeline-cells";

const timeline: TimelineResponse = {
  links: [
    { id: "IR-RU", countries: ["IR", "RU"], countryNames: ["Iran", "Russia"], title: "Iran–Russia", summary: "" },
    { id: "KP-RU", countries: ["KP", "RU"], countryNames: ["North Korea", "Russia"], title: "North Korea–Russia", summary: "Kim met Putin" },
  ],
  cells: {
    start: [0, 2],
    month: [24279, 24290, 24276],
    span: [0, 11, 0],
    evidence: [2, 0, 1],
    events: [2, 1, 494],
    cooperation: [6, 0, 7.5],
    tension: [0, 0.5, 0],
    score: [13.2, -4.25, 2115.65],
    firstDay: [3, 1, 13],
    lastDay: [28, 1, 13],
    lastPrecision: [0, 2, 0],
    aToB: [2, 0, 1],
    bToA: [0, 0, 0],
  },
  months: { month: [24276, 24279], span: [0, 0], events: [3, 2] },
  range: { first: "2023-01-13", last: "2024-12-31" },
};

describe("the binary timeline", () => {
  it("decodes to exactly the JSON form's values", () => {
    const bytes = encodeTimeline(timeline);
    const decoded = decodeTimeline(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const asArrays = Object.fromEntries(Object.entries(decoded.cells).map(([k, v]) => [k, Array.from(v)]));
    expect({ ...decoded, cells: asArrays }).toEqual(timeline);
  });

  it("gives the dashboard the same link numbers as the JSON form", () => {
    const bytes = encodeTimeline(timeline);
    const decoded = decodeTimeline(bytes.slice().buffer);
    const range = { from: 24270, to: 24300, asOf: "2026-12-01" };
    expect(summarizeCells(decoded.links, decoded.cells, range)).toEqual(summarizeCells(timeline.links, timeline.cells, range));
  });

  it("is smaller than the JSON form, and refuses bytes cut short or of another format", () => {
    // 2,000 cells of one link: a year of each month's events at every evidence level, as GET /api/timeline has them.
    const n = 2_000;
    const column = (f: (i: number) => number) => Array.from({ length: n }, (_, i) => f(i));
    const big: TimelineResponse = {
      ...timeline,
      links: [timeline.links[0]!],
      cells: {
        start: [0], month: column((i) => 23_900 + Math.floor(i / 4)), span: column(() => 0), evidence: column((i) => i % 4),
        events: column((i) => 1 + (i % 7)), cooperation: column((i) => 2.5 * (i % 5)), tension: column((i) => 0.5 * (i % 3)),
        score: column((i) => Math.round(((i * 37) % 200) - 60) / 20), firstDay: column((i) => 1 + (i % 28)), lastDay: column((i) => 1 + (i % 28) + (i % 3)),
        lastPrecision: column(() => 0), aToB: column((i) => i % 2), bToA: column(() => 0),
      },
    };
    const encoded = encodeTimeline(big);
    expect(encoded.length * 2).toBeLessThan(JSON.stringify(big).length);
    const back = decodeTimeline(encoded.slice().buffer);
    expect(Array.from(back.cells.score)).toEqual(big.cells.score);
    expect(Array.from(back.cells.lastDay)).toEqual(big.cells.lastDay);

    const bytes = encodeTimeline(timeline);
    expect(() => decodeTimeline(bytes.slice(0, bytes.length - 1).buffer)).toThrow(/truncated/);
    expect(() => decodeTimeline(new TextEncoder().encode('{"links":[]}').buffer as ArrayBuffer)).toThrow(/AXT1/);
  });
});
