import { describe, expect, it } from "vitest";
import type { LinkSummary } from "@/lib/schemas/links";
import { labelledCapitals } from "./labelled-capitals";

const link = (a: string, b: string, strength: number) => ({ id: `${a}-${b}`, countries: [a, b], strength }) as unknown as LinkSummary;

describe("labelled capitals", () => {
  it("names every capital when there are few", () => {
    expect([...labelledCapitals([link("CN", "KP", 1), link("IR", "KP", 2)])].sort()).toEqual(["CN", "IR", "KP"]);
  });

  it("always names the four focus capitals, then the strongest others, up to the limit", () => {
    const links = [link("FR", "US", 9), link("DE", "JP", 5), link("KP", "RU", 0.4), link("CN", "IR", 0), link("BR", "CL", 1)];
    const names = labelledCapitals(links, 6);
    expect(names.size).toBe(6);
    for (const id of ["KP", "RU", "CN", "IR", "FR", "US"]) expect(names.has(id)).toBe(true);
    expect(names.has("BR")).toBe(false);
  });
});
