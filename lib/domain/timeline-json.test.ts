import { describe, expect, it } from "vitest";
import type { TimelineResponse } from "@/lib/schemas/analysis";
import { CELL_COLUMNS, spliceTimeline } from "./splice-timeline";
import { encodeTimelineJson } from "./timeline-json";

const meta = (id: string, title = id): TimelineResponse["links"][number] => ({
  id, countries: [id.slice(0, 2), id.slice(3)], countryNames: [id.slice(0, 2), id.slice(3)], title, summary: "",
});

/** A timeline whose links each have the given months as cells (other columns derived; cooperation a fraction). */
function timeline(links: Record<string, number[]>, titles: Record<string, string> = {}): TimelineResponse {
  const cells = Object.fromEntries([["start", []], ...CELL_COLUMNS.map((c) => [c, []])]) as unknown as Record<string, number[]>;
  for (const months of Object.values(links)) {
    cells.start!.push(cells.month!.length);
    for (const m of months) for (const c of CELL_COLUMNS) cells[c]!.push(c === "cooperation" ? m + 0.25 : c === "score" ? -m * 1.5 : m);
  }
  return {
    links: Object.keys(links).map((id) => meta(id, titles[id])),
    months: { month: [24290, 24291], span: [0, 11], events: [3, 1] },
    range: { first: "2024-02-01", last: "2024-03-31" },
    cells: cells as unknown as TimelineResponse["cells"],
  };
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("encodeTimelineJson", () => {
  it("writes the value JSON.stringify writes, links with no cells and non-ASCII titles included", () => {
    const t = timeline({ "CN-IR": [1, 2], "CN-KP": [], "IR-KP": [4, 5, 6], "KP-RU": [] }, { "IR-KP": "Iran – North Korea «تهران»" });
    const { bytes, fragments } = encodeTimelineJson(t);
    expect(JSON.parse(text(bytes))).toEqual(t);
    expect(text(bytes)).toHaveLength(JSON.stringify(t).length);
    expect([...fragments.keys()]).toEqual(["CN-IR", "CN-KP", "IR-KP", "KP-RU"]);
  });

  it("with the unchanged links' fragments from the version before, writes exactly what encoding from scratch writes", () => {
    const before = timeline({ "CN-IR": [1, 2], "CN-KP": [3], "IR-KP": [4, 5, 6], "KP-RU": [7] });
    const { fragments } = encodeTimelineJson(before);
    // An edit recomputes CN-KP (now two months) and adds IR-RU; KP-RU is renamed but its cells stay.
    const links = ["CN-IR", "CN-KP", "IR-KP", "IR-RU", "KP-RU"].map((id) => meta(id, id === "KP-RU" ? "Renamed" : id));
    const fresh = timeline({ "CN-KP": [30, 31], "IR-RU": [9] });
    const part = spliceTimeline(before, links, new Set(["CN-KP", "IR-RU"]), fresh);
    const after: TimelineResponse = { ...before, links: part.links, cells: part.cells };
    const reusable = new Map(fragments);
    reusable.delete("CN-KP");
    const spliced = encodeTimelineJson(after, reusable);
    expect(text(spliced.bytes)).toBe(text(encodeTimelineJson(after).bytes));
    expect(JSON.parse(text(spliced.bytes))).toEqual(after);
    // Unchanged links' bytes are the very fragments kept, not encoded again.
    expect(spliced.fragments.get("CN-IR")).toBe(fragments.get("CN-IR"));
  });
});
