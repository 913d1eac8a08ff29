import { DOMParser, type Element } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { linkStyle, NATURE_COLOR } from "@/lib/map/link-style";
import { MAP_CREDITS } from "@/lib/map/style";
import type { CountryDto } from "@/lib/schemas/countries";
import type { LinkSummary } from "@/lib/schemas/links";
import { compareLegend, linkLegend } from "./legend";
import { renderMapSvg, type MapImageScene } from "./render-map-svg";

const country = (id: string, name: string, capital: string, capitalLat: number, capitalLon: number): CountryDto => ({
  id, iso3: id, numeric: null, name, flag: "", capital, capitalLat, capitalLon, region: "Asia", subregion: "", context: "",
});
const COUNTRIES = [
  country("CN", "China", "Beijing", 39.91, 116.4),
  country("IR", "Iran", "Tehran", 35.69, 51.42),
  country("KP", "North Korea", "Pyongyang", 39.03, 125.75),
  country("RU", "Russia", "Moscow", 55.75, 37.62),
];
const NAMES = Object.fromEntries(COUNTRIES.map((c) => [c.id, c.name]));
const ZERO = { confirmed: 0, reported: 0, alleged: 0, denied: 0 };

function link(id: string, eventCount: number, strength: number, nature: LinkSummary["nature"], allegedShare: number): LinkSummary {
  const [a, b] = id.split("-") as [string, string];
  return {
    id, countries: [a, b], countryNames: [NAMES[a]!, NAMES[b]!], title: "", summary: "", eventCount, firstEventOn: null, lastEventOn: null,
    lastEventPrecision: null, strength, cooperation: strength, tension: 0, tone: null, nature, evidence: ZERO, evidenceStrength: ZERO, allegedShare, flow: { aToB: 0, bToA: 0 }, direction: "undirected",
  };
}

/** The seed's six ties: two with no events, IR-RU resting mostly on allegations, one tension for colour. */
const LINKS = [
  link("CN-IR", 0, 0, "none", 0),
  link("CN-RU", 0, 0, "none", 0),
  link("CN-KP", 2, 3.1, "tension", 0),
  link("IR-KP", 3, 4, "cooperation", 0.3),
  link("IR-RU", 2, 2.2, "cooperation", 0.8),
  link("KP-RU", 4, 7.5, "cooperation", 0.2),
];
const LAND = `<path d="M0 0h512v512h-512z" fill="#1d2b3b"/>`;

function scene(overrides: Partial<MapImageScene> = {}): MapImageScene {
  return {
    links: LINKS, countries: COUNTRIES, selection: null, title: "How states are tied together",
    verdict: "6 links among 4 countries.", rangeLabel: "January 2016 – November 2026", legend: linkLegend(), ...overrides,
  };
}

function parse(svg: string) {
  return new DOMParser().parseFromString(svg, "image/svg+xml").documentElement!;
}
const arcsOf = (root: Element) => Array.from(root.getElementsByTagName("path")).filter((p) => p.getAttribute("class") === "arc");
/** Every <text>'s words, lines joined by spaces (long text wraps over several). */
const textOf = (root: Element) => Array.from(root.getElementsByTagName("text")).map((t) => t.textContent).join(" ");

describe("renderMapSvg", () => {
  it("draws one arc per link in linkStyle's colour, IR-RU dashed, the no-event ties dotted, at the size asked", () => {
    const root = parse(renderMapSvg(scene(), { width: 1200, height: 630, land: LAND }));
    expect(root.tagName).toBe("svg");
    expect([root.getAttribute("width"), root.getAttribute("height"), root.getAttribute("viewBox")]).toEqual(["1200", "630", "0 0 1200 630"]);
    const arcs = arcsOf(root);
    expect(arcs.map((a) => a.getAttribute("data-link-id")).sort()).toEqual(LINKS.map((l) => l.id).sort());
    for (const arc of arcs) {
      const expected = linkStyle(LINKS.find((l) => l.id === arc.getAttribute("data-link-id"))!);
      expect(arc.getAttribute("stroke")).toBe(expected.color);
      expect(arc.getAttribute("data-pattern")).toBe(expected.pattern);
    }
    const byId = new Map(arcs.map((a) => [a.getAttribute("data-link-id"), a]));
    expect(byId.get("IR-RU")!.getAttribute("stroke-dasharray")).toMatch(/^[\d.]+ [\d.]+$/);
    expect(byId.get("KP-RU")!.hasAttribute("stroke-dasharray")).toBe(false);
    expect(byId.get("CN-RU")!.getAttribute("data-pattern")).toBe("dotted");
    expect(byId.get("CN-KP")!.getAttribute("stroke")).toBe(NATURE_COLOR.tension);
    // Stronger is wider.
    expect(Number(byId.get("KP-RU")!.getAttribute("stroke-width"))).toBeGreaterThan(Number(byId.get("IR-RU")!.getAttribute("stroke-width")));
  });

  it("names the four capitals, says the title, verdict and range, the legend in the dashboard's words and the credits", () => {
    const text = textOf(parse(renderMapSvg(scene(), { width: 1200, height: 630, land: LAND })));
    for (const capital of ["Beijing", "Tehran", "Pyongyang", "Moscow"]) expect(text).toContain(capital);
    expect(text).toContain("How states are tied together");
    expect(text).toContain("6 links among 4 countries.");
    expect(text).toContain("January 2016 – November 2026");
    expect(text).toContain("Cooperation (mostly events scored above zero)");
    expect(text).toContain("Dashed: mostly alleged");
    for (const credit of MAP_CREDITS.split(" · ")) expect(text).toContain(credit);
    expect(text).toContain("Axis Atlas");
  });

  it("fits the camera to the open link and highlights its arc", () => {
    const all = parse(renderMapSvg(scene(), { width: 1200, height: 630, land: LAND }));
    const one = parse(renderMapSvg(scene({ selection: { kind: "link", id: "CN-KP" } }), { width: 1200, height: 630, land: LAND }));
    const xs = (root: Element, id: string) => {
      const d = arcsOf(root).find((a) => a.getAttribute("data-link-id") === id)!.getAttribute("d")!;
      return [...d.matchAll(/[ML]([-\d.]+) /g)].map((m) => Number(m[1]));
    };
    const span = (v: number[]) => Math.max(...v) - Math.min(...v);
    // Beijing–Pyongyang spans far more of the image when it is the open link.
    expect(span(xs(one, "CN-KP"))).toBeGreaterThan(4 * span(xs(all, "CN-KP")));
    const halos = Array.from(one.getElementsByTagName("path")).filter((p) => p.getAttribute("class") === "arc-halo");
    expect(halos.filter((h) => h.getAttribute("stroke") === "#ffffff")).toHaveLength(1);
  });

  it("highlights every tie of the open country and rings its capital", () => {
    const root = parse(renderMapSvg(scene({ selection: { kind: "country", id: "KP" } }), { width: 1200, height: 630, land: LAND }));
    const halos = Array.from(root.getElementsByTagName("path")).filter((p) => p.getAttribute("class") === "arc-halo" && p.getAttribute("stroke") === "#ffffff");
    expect(halos).toHaveLength(3);
    const ring = Array.from(root.getElementsByTagName("circle")).filter((c) => c.getAttribute("stroke") === "#4EA5FF");
    expect(ring).toHaveLength(1);
  });

  it("lays a narrow image out with a top band and a compact legend, and escapes text", () => {
    const svg = renderMapSvg(scene({ title: "A < B & \"C\"", legend: compareLegend() }), { width: 600, height: 400, land: LAND });
    const text = textOf(parse(svg));
    expect(text).toContain('A < B & "C"');
    expect(text).toContain("Appeared");
    expect(text).toContain("Went quiet");
    expect(svg).not.toContain("A < B");
  });

  it("draws words on arcs when given", () => {
    const root = parse(renderMapSvg(scene({ arcLabels: { "KP-RU": { text: "New +7.5", color: "#F0E442" } } }), { width: 1200, height: 630, land: LAND }));
    expect(textOf(root)).toContain("New +7.5");
  });
});
