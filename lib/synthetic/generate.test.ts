import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { fitsPrecision, parseIsoDate, periodEnd, toIsoDate } from "@/lib/domain/date-precision";
import { pairsAmong } from "@/lib/domain/link-id";
import { EVIDENCE_LEVELS } from "@/lib/domain/vocabulary";
import { EVENT_CATEGORIES } from "@/lib/domain/vocabulary";
import { seedCountries } from "@/prisma/seed/seed-data";
import { loadCategoryCodes } from "./cameo-codes";
import { copyChunks, SYNTHETIC_TABLES } from "./copy-rows";
import { createSyntheticDataset, SyntheticTally, type SyntheticParameters } from "./dataset";
import {
  SYNTHETIC_PUBLISHER,
  SYNTHETIC_START_DATE,
  SYNTHETIC_TITLE_PREFIX,
  SYNTHETIC_URL_BASE,
  type SyntheticEvent,
} from "./events";

const countries = seedCountries();
const codes = loadCategoryCodes();
const PARAMS: SyntheticParameters = { seed: "unit-test", events: 10_000, links: 5000, until: "2025-06-30" };
const dataset = createSyntheticDataset(PARAMS, countries, codes);
const events: SyntheticEvent[] = [...dataset.events()];
const tally = new SyntheticTally();
for (const e of events) tally.add(e);

function digest(params: SyntheticParameters): Record<string, string> {
  const d = createSyntheticDataset(params, countries, codes);
  return Object.fromEntries(
    SYNTHETIC_TABLES.map((table) => {
      const hash = createHash("sha256");
      for (const chunk of copyChunks(d.events(), table, { eventsPerChunk: 333 })) hash.update(chunk);
      return [table, hash.digest("hex")];
    }),
  );
}

// Generous timeouts: the checks walk every event, and CI machines are shared.
describe("synthetic data generator", { timeout: 60_000 }, () => {
  it("gives the same rows, ids included, for the same seed, and other rows for another seed", () => {
    const small = { ...PARAMS, events: 1000 };
    const first = digest(small);
    expect(digest(small)).toEqual(first);
    expect(digest({ ...small, seed: "another" }).events).not.toBe(first.events);
    // A second walk over the same data set repeats the first (the loader walks it once per table).
    const again = [...dataset.events()];
    expect(again.map((e) => e.id)).toEqual(events.map((e) => e.id));
    expect(again[events.length - 1]).toEqual(events[events.length - 1]);
  });

  it("streams: the first event of a billion comes at once", () => {
    const huge = createSyntheticDataset({ ...PARAMS, events: 1_000_000_000 }, countries, codes);
    const first = huge.events().next();
    expect(first.done).toBe(false);
    expect(first.value!.externalId).toBe("synthetic:1");
  });

  it("plans the requested number of distinct, sorted links over the seed's countries", () => {
    const ids = dataset.plan.links.map((l) => l.id);
    expect(ids).toHaveLength(5000);
    expect(new Set(ids).size).toBe(5000);
    const known = new Set(countries.map((c) => c.id));
    for (const l of dataset.plan.links) {
      expect(l.a < l.b && l.id === `${l.a}-${l.b}`).toBe(true);
      expect(known.has(l.a) && known.has(l.b)).toBe(true);
      expect(l.title.length).toBeLessThanOrEqual(200);
    }
  });

  it("spreads events with a heavy tail, the four capitals' ties among the busiest", () => {
    const busiest = tally.busiestLinks();
    const median = tally.medianPerLink(dataset.plan.links.length);
    expect(busiest[0]![1]).toBeGreaterThan(50 * Math.max(1, median));
    // The busiest 1% of links carry over a quarter of the pairs' events.
    const total = busiest.reduce((s, [, n]) => s + n, 0);
    const top = busiest.slice(0, 50).reduce((s, [, n]) => s + n, 0);
    expect(top / total).toBeGreaterThan(0.25);
    const top10 = busiest.slice(0, 10).map(([id]) => id);
    for (const id of ["CN-RU", "IR-RU", "KP-RU"]) expect(top10).toContain(id);
    // At a million events the busiest pair has tens of thousands (its share of the plan).
    expect(dataset.plan.links[0]!.share * 1_000_000).toBeGreaterThan(20_000);
  });

  it("marks every row as synthetic", () => {
    const unmarked = events.filter((e, i) =>
      !e.title.startsWith(SYNTHETIC_TITLE_PREFIX) ||
      e.externalId !== `synthetic:${i + 1}` ||
      !/^Synthetic event \d+ .*not a real event/.test(e.summary) ||
      e.sources.some((s) => s.publisher !== SYNTHETIC_PUBLISHER || !s.url.startsWith(SYNTHETIC_URL_BASE) || !s.title.startsWith(SYNTHETIC_TITLE_PREFIX)));
    expect(unmarked).toEqual([]);
    expect(dataset.plan.links.filter((l) => !/^Synthetic link/.test(l.summary))).toEqual([]);
  });

  it("gives every pair among an event's two or three countries a link", () => {
    const bad = events.filter((e) =>
      new Set(e.countries).size !== e.countries.length ||
      (e.countries.length !== 2 && e.countries.length !== 3) ||
      pairsAmong(e.countries).some((pair) => !dataset.plan.byId.has(pair)));
    expect(bad).toEqual([]);
    const three = events.filter((e) => e.countries.length === 3).length;
    expect(three / events.length).toBeGreaterThan(0.02);
    expect(three / events.length).toBeLessThan(0.15);
  });

  it("dates events from 1990 to --until as precisely as their precision says, denser in recent years", () => {
    const bad = events.filter((e) => {
      const start = parseIsoDate(e.occurredOn)!;
      return !fitsPrecision(start, e.precision) ||
        e.occurredEnd !== toIsoDate(periodEnd(start, e.precision)) ||
        e.occurredOn < SYNTHETIC_START_DATE || e.occurredEnd > PARAMS.until ||
        e.sources.some((s) => s.publishedOn < e.occurredOn || s.publishedOn > PARAMS.until);
    });
    expect(bad).toEqual([]);
    const share = (p: string) => (tally.perPrecision.get(p) ?? 0) / events.length;
    expect(share("day")).toBeGreaterThan(0.85);
    expect(share("month")).toBeGreaterThan(0.02);
    expect(share("year")).toBeGreaterThan(0.005);
    expect(tally.perYear.get("2024")!).toBeGreaterThan(4 * tally.perYear.get("1992")!);
  });

  it("uses every category and evidence level, mostly reported, with CAMEO scores that fit the category", () => {
    for (const c of EVENT_CATEGORIES) expect(tally.perCategory.get(c) ?? 0).toBeGreaterThan(0);
    for (const level of EVIDENCE_LEVELS) expect(tally.perEvidence.get(level) ?? 0).toBeGreaterThan(0);
    const ev = (level: string) => (tally.perEvidence.get(level) ?? 0) / events.length;
    expect(ev("reported")).toBeGreaterThan(0.6);
    expect(ev("denied")).toBeLessThan(Math.min(ev("confirmed"), ev("alleged")));
    expect((tally.perOrigin.get("machine") ?? 0) / events.length).toBeGreaterThan(0.8);
    expect(tally.perOrigin.get("curated") ?? 0).toBeGreaterThan(0);
    const goldstein = new Map(Object.entries(codes).map(([category, { cooperative, conflictual }]) =>
      [category, new Map([...cooperative, ...conflictual].map((c) => [c.code, c.goldstein]))]));
    const bad = events.filter((e) =>
      goldstein.get(e.category)!.get(e.cameoCode ?? "") !== e.score ||
      (e.category === "military_exercise" && e.score >= 0) ||
      ((e.category === "diplomatic_visit" || e.category === "economic_cooperation") && e.score <= 0) ||
      (e.category === "arms_transfer" && e.origin !== "curated"));
    expect(bad).toEqual([]);
  });

  it("gives one to three sources and unique, time-ordered UUID v7 ids", () => {
    const uuid7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    const ids = events.flatMap((e) => [e.id, ...e.sources.map((s) => s.id)]);
    expect(events.filter((e) => e.sources.length < 1 || e.sources.length > 3 || e.sources.some((s, i) => s.position !== i))).toEqual([]);
    expect(ids.filter((id) => !uuid7.test(id))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.every((id, i) => i === 0 || ids[i - 1]! < id)).toBe(true);
  });
});
