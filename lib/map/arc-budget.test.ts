import { describe, expect, it } from "vitest";
import { arcBudget, BASE_ARC_BUDGET, selectArcs } from "./arc-budget";

const link = (id: string, strength: number) => ({ id, strength });
const links = Array.from({ length: 400 }, (_, i) => link(`L${String(i).padStart(3, "0")}`, (i * 7919) % 401));

describe("arcBudget", () => {
  it("draws 150 arcs up to zoom 2 and doubles with each whole zoom level past it", () => {
    expect(arcBudget(0)).toBe(BASE_ARC_BUDGET);
    expect(arcBudget(2.9)).toBe(150);
    expect(arcBudget(3)).toBe(300);
    expect(arcBudget(4.5)).toBe(600);
  });
});

describe("selectArcs", () => {
  it("draws every link when they fit in the budget, hiding none", () => {
    const few = links.slice(0, 6);
    expect(selectArcs(few, 150)).toEqual({ shown: few, total: 6, hidden: 0 });
  });

  it("draws the strongest when there are more links than the budget, and counts the rest as hidden", () => {
    const chosen = selectArcs(links, 150);
    expect(chosen.shown).toHaveLength(150);
    expect(chosen).toMatchObject({ total: 400, hidden: 250 });
    const weakestShown = Math.min(...chosen.shown.map((l) => l.strength));
    const shownIds = new Set(chosen.shown.map((l) => l.id));
    for (const l of links) if (!shownIds.has(l.id)) expect(l.strength).toBeLessThanOrEqual(weakestShown);
  });

  it("keeps the open panel's links however weak, and keeps the input order", () => {
    const weakest = [...links].sort((a, b) => a.strength - b.strength)[0]!;
    const chosen = selectArcs(links, 150, { keep: (l) => l.id === weakest.id });
    expect(chosen.shown).toHaveLength(151);
    expect(chosen.shown.map((l) => l.id)).toContain(weakest.id);
    expect(chosen.hidden).toBe(249);
    const order = chosen.shown.map((l) => links.indexOf(l));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it("draws all of them when asked", () => {
    expect(selectArcs(links, 150, { showAll: true })).toMatchObject({ total: 400, hidden: 0 });
  });

  it("breaks ties in strength by id, so the same links always give the same arcs", () => {
    const tied = Array.from({ length: 10 }, (_, i) => link(`T${9 - i}`, 1));
    expect(selectArcs(tied, 3).shown.map((l) => l.id).sort()).toEqual(["T0", "T1", "T2"]);
  });
});
