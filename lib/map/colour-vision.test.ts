// Cooperation and tension stay distinct for colour-blind readers in both themes (issue 17, part 5): the arcs'
// colours through the Machado (2009) protan, deutan and tritan simulations, compared by CIEDE2000.
import { describe, expect, it } from "vitest";
import { deltaE2000, perceivedDistance, VISIONS } from "./colour-vision";
import { CHANGE_COLOR, CHANGES } from "./compare-style";
import { NATURE_COLOR } from "./link-style";
import { MAP_PALETTES } from "./style";

/** Two hues apart at a glance on a map: far above the ~2.3 "just noticeable" difference. */
const APART = 40;
/** An arc against the basemap under it (the arcs also have a casing, which this leaves out). */
const VISIBLE = 12;
/**
 * Two of the compare view's five change colours, which also differ by line pattern and word (lib/map/compare-style.ts):
 * Okabe–Ito's orange and reddish purple are 10.9 apart for tritanopes, the palette's own floor.
 */
const CHANGES_APART = 10;

/** The same pair in app/globals.css (--cooperation, --tension: the timeline's bars, the panel's why-bars). */
const UI_COLOURS = { dark: ["#4ea5ff", "#ff8c42"], light: ["#1f7ae0", "#d9621c"] } as const;

describe("colour difference", () => {
  it("matches CIEDE2000's published test pair (Sharma, Wu & Dalal 2005, pair 1)", () => {
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 3);
  });

  it("a simulation changes red-green colours and keeps greys", () => {
    expect(perceivedDistance("#ff0000", "#00aa00", "normal")).toBeGreaterThan(50);
    expect(perceivedDistance("#ff0000", "#00aa00", "deuteranopia")).toBeLessThan(perceivedDistance("#ff0000", "#00aa00", "normal"));
    expect(perceivedDistance("#808080", "#808080", "tritanopia")).toBeCloseTo(0, 1);
  });
});

describe.each(VISIONS)("for %s vision", (vision) => {
  it("cooperation and tension arcs stay far apart", () => {
    expect(perceivedDistance(NATURE_COLOR.cooperation, NATURE_COLOR.tension, vision)).toBeGreaterThan(APART);
  });

  it.each(["dark", "light"] as const)("the panel's cooperation and tension colours stay far apart in the %s theme", (theme) => {
    const [cooperation, tension] = UI_COLOURS[theme];
    expect(perceivedDistance(cooperation, tension, vision)).toBeGreaterThan(APART);
  });

  it.each(["dark", "light"] as const)("every arc colour stands out from the %s theme's land and sea", (theme) => {
    const { land, sea } = MAP_PALETTES[theme];
    for (const colour of Object.values(NATURE_COLOR)) {
      expect(perceivedDistance(colour, land, vision), `${colour} on land ${land}`).toBeGreaterThan(VISIBLE);
      expect(perceivedDistance(colour, sea, vision), `${colour} on sea ${sea}`).toBeGreaterThan(VISIBLE);
    }
  });

  it("the compare view's five change colours stay apart from each other", () => {
    for (const [i, a] of CHANGES.entries()) {
      for (const b of CHANGES.slice(i + 1)) {
        expect(perceivedDistance(CHANGE_COLOR[a], CHANGE_COLOR[b], vision), `${a} against ${b}`).toBeGreaterThan(CHANGES_APART);
      }
    }
  });

  it.each(["dark", "light"] as const)("every change colour stands out from the %s theme's land and sea", (theme) => {
    const { land, sea } = MAP_PALETTES[theme];
    for (const change of CHANGES) {
      expect(perceivedDistance(CHANGE_COLOR[change], land, vision), `${change} on land ${land}`).toBeGreaterThan(VISIBLE);
      expect(perceivedDistance(CHANGE_COLOR[change], sea, vision), `${change} on sea ${sea}`).toBeGreaterThan(VISIBLE);
    }
  });
});
