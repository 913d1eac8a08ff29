import { describe, expect, it } from "vitest";
import { dateInMonth, monthIndex } from "./months";
import { CATEGORY_WEIGHT } from "./strength-model";
import { summarizeLinks, type EventFact, type LinkMeta } from "./summarize-links";
import { cellOffsets, emptyCells, summarizeCells, type TimelineCells } from "./timeline-cells";
import { DATE_PRECISIONS, EVENT_CATEGORIES, EVIDENCE_LEVELS } from "./vocabulary";
import type { LinkSummary } from "@/lib/schemas/links";

const meta = (id: string): LinkMeta => {
  const [a, b] = id.split("-") as [string, string];
  return { id, countries: [a, b], countryNames: [a, b], title: id, summary: "" };
};
const LINKS = ["CN-KP", "IR-KP", "KP-RU", "CN-RU"].map(meta);

/** A deterministic pseudo-random sequence (mulberry32), so a failure names the same data every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => String(n).padStart(2, "0");
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/**
 * 36 years (1990-2025) of events: the first three links have several a month, some known only to their month
 * or year (a year's event spans twelve months), at every evidence level, some scored below zero; CN-RU has
 * none. Dates are distinct per link so "the latest event" is never a tie.
 */
function events(): EventFact[] {
  const next = random(13);
  const out: EventFact[] = [];
  const used = new Set<string>();
  for (const link of LINKS.slice(0, 3)) {
    for (let year = 1990; year <= 2025; year++) {
      for (let month = 1; month <= 12; month++) {
        const count = Math.floor(next() * 3);
        for (let k = 0; k < count; k++) {
          const roll = next();
          const precision = roll < 0.1 ? "year" : roll < 0.3 ? "month" : "day";
          const day = precision === "day" ? 2 + Math.floor(next() * (lastDayOf(year, month) - 1)) : 1;
          const date = precision === "year" ? `${year}-01-01` : `${year}-${pad(month)}-${pad(day)}`;
          if (used.has(`${link.id} ${date}`)) continue;
          used.add(`${link.id} ${date}`);
          const dateEnd =
            precision === "year" ? `${year}-12-31` : precision === "month" ? `${year}-${pad(month)}-${pad(lastDayOf(year, month))}` : date;
          out.push({
            date,
            dateEnd,
            precision,
            category: EVENT_CATEGORIES[Math.floor(next() * EVENT_CATEGORIES.length)]!,
            evidence: EVIDENCE_LEVELS[Math.floor(next() * EVIDENCE_LEVELS.length)]!,
            score: Math.round((next() * 20 - 10) * 10) / 10,
            countries: link.countries,
          });
        }
      }
    }
  }
  return out;
}

/**
 * The cells GET /api/timeline would send for these events (lib/server/get-timeline.ts): per link, one cell per
 * start month, end month and evidence level, sorted by link, month, span, evidence.
 */
function cellsOf(links: readonly LinkMeta[], facts: readonly EventFact[]): TimelineCells {
  const cells = emptyCells();
  for (const link of links) {
    cells.start.push(cells.month.length);
    const groups = new Map<string, EventFact[]>();
    for (const e of facts.filter((f) => f.countries.join("-") === link.id)) {
      const key = [monthIndex(e.date), monthIndex(e.dateEnd) - monthIndex(e.date), EVIDENCE_LEVELS.indexOf(e.evidence)].join();
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    const keys = [...groups.keys()].map((k) => k.split(",").map(Number) as [number, number, number]);
    keys.sort((x, y) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2]);
    for (const [month, span, evidence] of keys) {
      const group = groups.get([month, span, evidence].join())!;
      const weight = (e: EventFact) => CATEGORY_WEIGHT[e.category];
      const latest = group.reduce((a, b) => (b.date > a.date ? b : a));
      cells.month.push(month);
      cells.span.push(span);
      cells.evidence.push(evidence);
      cells.events.push(group.length);
      cells.cooperation.push(group.filter((e) => e.score >= 0).reduce((s, e) => s + weight(e), 0));
      cells.tension.push(group.filter((e) => e.score < 0).reduce((s, e) => s + weight(e), 0));
      cells.score.push(group.reduce((s, e) => s + weight(e) * e.score, 0));
      cells.firstDay.push(Math.min(...group.map((e) => Number(e.date.slice(8)))));
      cells.lastDay.push(Math.max(...group.map((e) => Number(e.date.slice(8)))));
      cells.lastPrecision.push(DATE_PRECISIONS.indexOf(latest.precision));
    }
  }
  return cells;
}

const FACTS = events();
const CELLS = cellsOf(LINKS, FACTS);
const OFFSETS = cellOffsets(CELLS, LINKS.length);

/** What the server says for the same range: every event whose period touches it, weighed one by one. */
function expected(from: number, to: number, asOf: string): LinkSummary[] {
  const first = dateInMonth(from, 1);
  const last = dateInMonth(to, lastDayOf(Math.floor(to / 12), (to % 12) + 1));
  return summarizeLinks(LINKS, FACTS.filter((e) => e.date <= last && e.dateEnd >= first), { asOf });
}

/** Counts and dates must agree exactly; sums to a cent (the event-by-event path rounds each event to 4 places). */
function expectSame(actual: LinkSummary[], wanted: LinkSummary[], label: string) {
  const exact = (l: LinkSummary) => [l.id, l.eventCount, l.evidence, l.firstEventOn, l.lastEventOn, l.lastEventPrecision, l.nature];
  expect(actual.map(exact), label).toEqual(wanted.map(exact));
  actual.forEach((l, i) => {
    const w = wanted[i]!;
    for (const key of ["strength", "cooperation", "tension", "allegedShare"] as const) {
      expect(Math.abs(l[key] - w[key]), `${label} ${l.id} ${key}: ${l[key]} vs ${w[key]}`).toBeLessThanOrEqual(0.011);
    }
  });
}

describe("summarizeCells over 36 years of monthly cells", () => {
  it("has the data this test is about: hundreds of cells per link, including year-long ones", () => {
    for (let i = 0; i < 3; i++) expect(OFFSETS[i + 1]! - OFFSETS[i]!).toBeGreaterThan(300);
    expect(OFFSETS[4]! - OFFSETS[3]!).toBe(0);
    expect(Math.max(...Array.from(CELLS.span))).toBe(11);
  });

  it("gives, for every range start and length, what counting the events themselves gives", () => {
    const start = monthIndex("1989-11-01");
    const end = monthIndex("2026-02-01");
    for (const length of [1, 2, 7, 13, 40]) {
      for (let from = start; from + length - 1 <= end; from += 5) {
        const to = from + length - 1;
        const asOf = dateInMonth(to, 28);
        expectSame(summarizeCells(LINKS, CELLS, { from, to, asOf }, OFFSETS), expected(from, to, asOf), `${dateInMonth(from, 1)}..${dateInMonth(to, 1)}`);
      }
    }
  });

  it("counts an event known only to its year in a range that starts later that year", () => {
    // July to September 2003: a 2003 event starts in January, before the range, and still touches it.
    const [from, to] = [monthIndex("2003-07-01"), monthIndex("2003-09-01")];
    const yearEvents = FACTS.filter((e) => e.precision === "year" && e.date === "2003-01-01");
    expect(yearEvents.length).toBeGreaterThan(0);
    const linkId = yearEvents[0]!.countries.join("-");
    const [summary] = summarizeCells(LINKS, CELLS, { from, to, asOf: "2003-09-30" }, OFFSETS).filter((l) => l.id === linkId);
    const inJulyToSeptember = FACTS.filter((e) => e.countries.join("-") === linkId && e.date <= "2003-09-30" && e.dateEnd >= "2003-07-01");
    expect(summary!.eventCount).toBe(inJulyToSeptember.length);
    expect(summary!.firstEventOn).toBe("2003-01-01");
  });

  it("gives a range before the first event or after the last nothing, and one month exactly its events", () => {
    const before = summarizeCells(LINKS, CELLS, { from: monthIndex("1980-01-01"), to: monthIndex("1989-12-01"), asOf: "1989-12-31" }, OFFSETS);
    expect(before.map((l) => l.eventCount)).toEqual([0, 0, 0, 0]);
    const after = summarizeCells(LINKS, CELLS, { from: monthIndex("2026-01-01"), to: monthIndex("2030-12-01"), asOf: "2030-12-31" }, OFFSETS);
    expect(after.map((l) => l.eventCount)).toEqual([0, 0, 0, 0]);
    const march = monthIndex("2011-03-01");
    const counted = summarizeCells(LINKS, CELLS, { from: march, to: march, asOf: "2011-03-31" }, OFFSETS).map((l) => l.eventCount);
    const wanted = LINKS.map((link) => FACTS.filter((e) => e.countries.join("-") === link.id && e.date <= "2011-03-31" && e.dateEnd >= "2011-03-01").length);
    expect(counted).toEqual(wanted);
    expect(wanted.slice(0, 3).every((n) => n > 0)).toBe(true);
  });
});

describe("summarizeCells on the article's shape of data", () => {
  it("counts the April 2024 delegation in April and not in March, with its date and precision", () => {
    const facts: EventFact[] = [
      { date: "2019-01-01", dateEnd: "2019-12-31", precision: "year", category: "diplomatic_visit", evidence: "reported", score: 1.9, countries: ["IR", "KP"] },
      { date: "2024-04-01", dateEnd: "2024-04-30", precision: "month", category: "diplomatic_visit", evidence: "confirmed", score: 1.9, countries: ["IR", "KP"] },
    ];
    const links = [meta("IR-KP")];
    const cells = cellsOf(links, facts);
    const april = monthIndex("2024-04-01");
    const [inApril] = summarizeCells(links, cells, { from: april, to: april, asOf: "2024-04-30" });
    // 1.5 (diplomatic visit) × 1 (confirmed) × 1 (this month).
    expect(inApril).toMatchObject({ eventCount: 1, strength: 1.5, firstEventOn: "2024-04-01", lastEventOn: "2024-04-01", lastEventPrecision: "month" });
    const [inMarch] = summarizeCells(links, cells, { from: april - 1, to: april - 1, asOf: "2024-03-31" });
    expect(inMarch).toMatchObject({ eventCount: 0, strength: 0, lastEventOn: null });
    // All of it, measured at the end of 2024: 1.5 × 0.7 × 0.5^(60/24) + 1.5 × 1 × 0.5^(8/24).
    const [all] = summarizeCells(links, cells, { from: 0, to: april + 8, asOf: "2024-12-31" });
    expect(all!.strength).toBe(Math.round((1.5 * 0.7 * 0.5 ** (60 / 24) + 1.5 * 0.5 ** (8 / 24)) * 100) / 100);
    expect(all).toMatchObject({ eventCount: 2, firstEventOn: "2019-01-01", lastEventOn: "2024-04-01", evidence: { confirmed: 1, reported: 1, alleged: 0, denied: 0 } });
  });
});
