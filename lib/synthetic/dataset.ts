// The synthetic data set as a whole: its links (planned once, a few thousand objects) and its events (a
// generator that can be walked again from the start and gives the same events each time).
import { pairsAmong } from "@/lib/domain/link-id";
import type { CategoryCodes } from "./cameo-codes";
import { generateEvents, type SyntheticEvent } from "./events";
import { planLinks, type LinkPlan, type SyntheticCountry } from "./links";

/** Bump when a change to the generator changes its output, so a loaded database is known to be stale. */
export const SYNTHETIC_GENERATOR_VERSION = 1;
export const DEFAULT_SYNTHETIC_SEED = "axis-atlas";

export interface SyntheticParameters {
  seed: string;
  events: number;
  links: number;
  /** Last date, YYYY-MM-DD. */
  until: string;
}

export interface SyntheticDataset {
  parameters: SyntheticParameters;
  plan: LinkPlan;
  /** A fresh walk over the events, from the first. */
  events(): Generator<SyntheticEvent, void, undefined>;
}

export function createSyntheticDataset(
  parameters: SyntheticParameters,
  countries: readonly SyntheticCountry[],
  codes: CategoryCodes,
): SyntheticDataset {
  if (!Number.isInteger(parameters.events) || parameters.events < 0) throw new Error(`events must be a whole number >= 0, not ${parameters.events}`);
  if (!Number.isInteger(parameters.links) || parameters.links < 1) throw new Error(`links must be a whole number >= 1, not ${parameters.links}`);
  const plan = planLinks(countries, { seed: parameters.seed, links: parameters.links });
  return {
    parameters,
    plan,
    events: () => generateEvents({ seed: parameters.seed, events: parameters.events, until: parameters.until, countries, plan, codes }),
  };
}

/** What a walk over the events produced: for progress, the final report and the tests. */
export class SyntheticTally {
  events = 0;
  participants = 0;
  sources = 0;
  /** Events per link, every pair among an event's participants counted (as the atlas counts them). */
  readonly perLink = new Map<string, number>();
  readonly perYear = new Map<string, number>();
  readonly perCategory = new Map<string, number>();
  readonly perEvidence = new Map<string, number>();
  readonly perPrecision = new Map<string, number>();
  readonly perOrigin = new Map<string, number>();
  readonly perParticipantCount = new Map<number, number>();

  add(e: SyntheticEvent): void {
    this.events++;
    this.participants += e.countries.length;
    this.sources += e.sources.length;
    const bump = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
    if (e.countries.length === 2) {
      bump(this.perLink, e.linkId);
    } else {
      for (const pair of pairsAmong(e.countries)) bump(this.perLink, pair);
    }
    bump(this.perYear, e.occurredOn.slice(0, 4));
    bump(this.perCategory, e.category);
    bump(this.perEvidence, e.evidence);
    bump(this.perPrecision, e.precision);
    bump(this.perOrigin, e.origin);
    bump(this.perParticipantCount, e.countries.length);
  }

  /** Passes events through, counting them. */
  *tap(events: Iterable<SyntheticEvent>): Generator<SyntheticEvent, void, undefined> {
    for (const e of events) {
      this.add(e);
      yield e;
    }
  }

  /** Links by event count, busiest first (links without events are not listed). */
  busiestLinks(): [string, number][] {
    return [...this.perLink].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  }

  /** Median events per link over `linkCount` links (those without events count as 0). */
  medianPerLink(linkCount: number): number {
    const counts = [...this.perLink.values()];
    while (counts.length < linkCount) counts.push(0);
    counts.sort((x, y) => x - y);
    if (!counts.length) return 0;
    const mid = counts.length >> 1;
    return counts.length % 2 ? counts[mid]! : (counts[mid - 1]! + counts[mid]!) / 2;
  }
}
