import { describe, expect, it } from "vitest";
import type { TimelineResponse } from "@/lib/schemas/analysis";
import { CELL_COLUMNS, spliceTimeline, type TimelinePart } from "./splice-timeline";

const meta = (id: string, title = id): TimelineResponse["links"][number] => ({
  id, countries: [id.slice(0, 2), id.slice(3)], countryNames: [id.slice(0, 2), id.slice(3)], title, summary: "",
});

/** A part whose links each have the given months as cells (events = month, other columns derived from it). */
function part(links: Record<string, number[]>): TimelinePart {
  const cells = Object.fromEntries([["start", []], ...CELL_COLUMNS.map((c) => [c, []])]) as unknown as Record<string, number[]>;
  for (const months of Object.values(links)) {
    cells.start!.push(cells.month!.length);
    for (const m of months) for (const c of CELL_COLUMNS) cells[c]!.push(c === "cooperation" ? m + 0.5 : m);
  }
  return { links: Object.keys(links).map((id) => meta(id)), cells: cells as unknown as TimelineResponse["cells"] };
}

describe("spliceTimeline", () => {
  const base = part({ "CN-IR": [1, 2], "CN-KP": [3], "CN-RU": [], "IR-KP": [4, 5, 6], "KP-RU": [7] });

  it("replaces the recomputed links' cells and keeps the others', renumbering start", () => {
    const fresh = part({ "CN-KP": [30, 31], "IR-KP": [] });
    const links = base.links.map((l) => meta(l.id));
    const spliced = spliceTimeline(base, links, new Set(["CN-KP", "IR-KP"]), fresh);
    expect(spliced).toEqual(part({ "CN-IR": [1, 2], "CN-KP": [30, 31], "CN-RU": [], "IR-KP": [], "KP-RU": [7] }));
  });

  it("adds a new link in id order and drops one no longer listed", () => {
    const fresh = part({ "IR-RU": [9] });
    const links = ["CN-IR", "CN-RU", "IR-KP", "IR-RU", "KP-RU"].map((id) => meta(id));
    const spliced = spliceTimeline(base, links, new Set(["IR-RU", "CN-KP"]), fresh);
    expect(spliced).toEqual(part({ "CN-IR": [1, 2], "CN-RU": [], "IR-KP": [4, 5, 6], "IR-RU": [9], "KP-RU": [7] }));
  });

  it("takes every link's meta from the links given, also for links whose cells are kept", () => {
    const links = base.links.map((l) => meta(l.id, l.id === "CN-IR" ? "Renamed" : l.id));
    const spliced = spliceTimeline(base, links, new Set(), part({}));
    expect(spliced.links[0]!.title).toBe("Renamed");
    expect(spliced.cells).toEqual(base.cells);
  });

  it("leaves the timeline it starts from as it was", () => {
    const copy = JSON.parse(JSON.stringify(base));
    spliceTimeline(base, base.links, new Set(["CN-IR"]), part({ "CN-IR": [0] }));
    expect(base).toEqual(copy);
  });
});
