// The seed must stay true to its sources: the article's events and hedges, CAMEO's scores, real countries.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { fitsPrecision, parseIsoDate } from "../../lib/domain/date-precision";
import { rolesProblem } from "../../lib/domain/direction";
import { linkIdFor, pairsAmong } from "../../lib/domain/link-id";
import { ARTICLE_SOURCE, seedCountries, seedEvents, seedLinks } from "./seed-data";

const countries = seedCountries();
const links = seedLinks();
const events = seedEvents();
const countryIds = new Set(countries.map((c) => c.id));
const article = readFileSync(path.join(import.meta.dirname, "article.txt"), "utf8");

describe("seed countries", () => {
  it("are the 193 UN members plus Taiwan, Kosovo, Palestine and Western Sahara, each once", () => {
    expect(countries).toHaveLength(197);
    expect(countryIds.size).toBe(197);
    for (const id of ["TW", "XK", "PS", "EH"]) expect(countryIds.has(id)).toBe(true);
  });

  it("place the four capitals where they are", () => {
    const at = (id: string) => countries.find((c) => c.id === id)!;
    expect(at("KP")).toMatchObject({ capital: "Pyongyang", lat: expect.closeTo(39.03, 1), lon: expect.closeTo(125.75, 1) });
    expect(at("IR")).toMatchObject({ capital: "Tehran", lat: expect.closeTo(35.69, 1), lon: expect.closeTo(51.42, 1) });
    expect(at("RU")).toMatchObject({ capital: "Moscow", lat: expect.closeTo(55.75, 1), lon: expect.closeTo(37.62, 1) });
    expect(at("CN")).toMatchObject({ capital: "Beijing", lat: expect.closeTo(39.91, 1), lon: expect.closeTo(116.4, 1) });
  });
});

describe("seed links", () => {
  it("are the six ties among Pyongyang, Tehran, Moscow and Beijing, ids sorted", () => {
    expect(links.map((l) => l.id).sort()).toEqual(["CN-IR", "CN-KP", "CN-RU", "IR-KP", "IR-RU", "KP-RU"]);
    for (const link of links) {
      const [a, b] = link.id.split("-") as [string, string];
      expect(linkIdFor(a, b)).toBe(link.id);
    }
  });
});

describe("seed events", () => {
  const cameo = new Map(
    readFileSync(path.join(import.meta.dirname, "cameo", "CAMEO.goldsteinscale.txt"), "utf8")
      .split("\n").slice(1).map((line) => line.trim().split("\t") as [string, string]),
  );

  it("take their scores from GDELT's CAMEO Goldstein lookup, not from thin air", () => {
    for (const e of events) expect(e.score, e.key).toBe(Number(cameo.get(e.cameoCode!)));
  });

  it("are dated no more precisely than the article allows", () => {
    for (const e of events) {
      expect(fitsPrecision(parseIsoDate(e.date)!, e.precision), e.key).toBe(true);
      expect(e.precision, e.key).not.toBe("day"); // the article gives no day dates
    }
  });

  it("keep the article's accusations alleged", () => {
    const alleged = events.filter((e) => e.evidence === "alleged").map((e) => e.key);
    expect(alleged).toEqual(expect.arrayContaining([
      "article:2023:kp-ru-alleged-weapons-transfers",
      "article:2024:ir-ru-alleged-drone-supplies",
      "article:2024:kp-ru-alleged-weapons-development-aid",
    ]));
    for (const e of events.filter((e) => /alleged|potential|concern/i.test(e.summary))) expect(e.evidence).toBe("alleged");
  });

  it("name only real countries, and the people the article names", () => {
    for (const e of events) for (const p of e.participants) expect(countryIds.has(p), `${e.key}: ${p}`).toBe(true);
    for (const name of ["Yun Jong Ho", "Kim Yo Jong", "Putin"]) expect(article).toContain(name);
  });

  it("give roles where the article says who acted on whom, and fit the rules the API applies", () => {
    const roles = (key: string) => events.find((e) => e.key === key)?.roles;
    // "alleged transfers of North Korean weaponry to Russia"; "Iranian drone supplies to Russia".
    expect(roles("article:2023:kp-ru-alleged-weapons-transfers")).toEqual({ KP: "supplier", RU: "recipient" });
    expect(roles("article:2024:ir-ru-alleged-drone-supplies")).toEqual({ IR: "supplier", RU: "recipient" });
    // "Russia aiding North Korea's weapons development".
    expect(roles("article:2024:kp-ru-alleged-weapons-development-aid")).toEqual({ RU: "actor", KP: "target" });
    // "Kim met with Putin": a meeting, no direction.
    expect(roles("article:2023:kp-ru-kim-putin-summit")).toBeUndefined();
    for (const e of events) expect(rolesProblem(e.participants, e.roles ?? {}), e.key).toBeNull();
  });

  it("give KP-IR, KP-RU, KP-CN and IR-RU the article's events and CN-RU, CN-IR none", () => {
    const count = (id: string) => events.filter((e) => pairsAmong(e.participants).includes(id)).length;
    expect(count("IR-KP")).toBe(2);
    expect(count("KP-RU")).toBe(4);
    expect(count("CN-KP")).toBe(1);
    expect(count("IR-RU")).toBe(2);
    expect(count("CN-RU")).toBe(0);
    expect(count("CN-IR")).toBe(0);
  });

  it("cite the article without inventing a URL, headline or date for it", () => {
    expect(ARTICLE_SOURCE.url).toBeNull();
    expect(ARTICLE_SOURCE.publishedOn).toBeNull();
    expect(article.startsWith("North Korea dispatched a high-level economic delegation to Iran")).toBe(true);
  });
});
