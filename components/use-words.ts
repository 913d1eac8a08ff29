"use client";
// The page's words in the reader's language: the domain's labels (categories, evidence levels, natures), the
// sentences derived from a link's numbers (verdict, direction, evidence mix), country names, dates and numbers.
// One hook, so every view says the same thing the same way; the English messages reproduce what lib/map/briefing.ts
// and lib/domain/direction-words.ts say, which the API's consumers (feeds, images) still use.
import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import { flowEnds, type Flow, type LinkDirection } from "@/lib/domain/direction";
import type { DatePrecision, EventCategory, EvidenceLevel, Nature, ParticipantRole } from "@/lib/domain/vocabulary";
import { countryName } from "@/lib/i18n/country-name";
import { evidenceShareSentence, type Translate } from "@/lib/i18n/evidence-share";
import { formatEventDate, formatMonth, formatMonthRange } from "@/lib/i18n/format-date";
import { formatDecimal, formatNumber, formatSignedScore } from "@/lib/i18n/format-number";
import type { Locale } from "@/lib/i18n/locales";
import { ALLEGED_DASH_THRESHOLD, type LinkPattern } from "@/lib/map/link-style";
import type { LinkSummary } from "@/lib/schemas/links";

type Pair = { countries: readonly [string, string]; countryNames: readonly [string, string] };
const pct = (part: number, whole: number) => Math.round((part / whole) * 100);

/** Builds the words for `locale` from a translator over the whole catalogue. Pure apart from Intl. */
function wordsFor(locale: Locale, t: ReturnType<typeof useTranslations>) {
  const num = (n: number) => formatNumber(locale, n);
  const country = (id: string, fallback: string) => countryName(locale, id, fallback);
  const names = (link: Pair): [string, string] => [country(link.countries[0], link.countryNames[0]), country(link.countries[1], link.countryNames[1])];
  const list = (items: readonly string[]): string => {
    if (items.length <= 1) return items.join("");
    if (items.length === 2) return t("words.list2", { a: items[0]!, b: items[1]! });
    return t("words.listMany", { rest: items.slice(0, -1).join(", "), last: items.at(-1)! });
  };
  const date = (iso: string, precision: DatePrecision) => formatEventDate(locale, iso, precision);
  const evidenceLower = (e: EvidenceLevel) => t(`labels.evidenceLower.${e}`);

  const words = {
    locale,
    num,
    /** One decimal: strengths. */
    dec: (n: number) => formatDecimal(locale, n),
    /** Exactly `digits` decimals: 0.5 -> "0.50" with 2. */
    fixed: (n: number, digits: number) => formatNumber(locale, n, { minimumFractionDigits: digits, maximumFractionDigits: digits }),
    /** Two decimals under 10, one above: contributions. */
    small: (n: number) => formatNumber(locale, n, n >= 10 ? { minimumFractionDigits: 1, maximumFractionDigits: 1 } : { minimumFractionDigits: 2, maximumFractionDigits: 2 }),
    score: (n: number) => formatSignedScore(locale, n),
    /** A whole percentage from a fraction: 0.47 -> "47%" (en), "۴۷٪" (fa), "47 %" (ru). */
    percent: (fraction: number) => formatNumber(locale, fraction, { style: "percent", maximumFractionDigits: 0 }),
    date,
    month: (m: string, short = false) => formatMonth(locale, m, short),
    range: (r: { from: string; to: string }, short = false) => formatMonthRange(locale, r, short),
    country,
    /** "Iran – Russia" in the reader's language. */
    pair: (link: Pair) => {
      const [a, b] = names(link);
      return t("words.pair", { a, b });
    },
    names,
    list,
    category: (c: EventCategory) => t(`labels.category.${c}`),
    evidence: (e: EvidenceLevel) => t(`labels.evidence.${e}`),
    evidenceLower,
    nature: (n: Nature) => t(`labels.nature.${n}`),
    pattern: (p: LinkPattern) => t(`labels.pattern.${p}`),
    patternLower: (p: LinkPattern) => t(`labels.patternLower.${p}`),
    role: (r: ParticipantRole) => t(`labels.role.${r}`),
    participant: (p: { id: string; name: string; role: ParticipantRole | null }) =>
      p.role ? t("words.participant", { name: country(p.id, p.name), role: t(`labels.role.${p.role}`) }) : country(p.id, p.name),

    /** "Cooperation, most recently April 2024; 29% of its strength rests on alleged events." */
    verdict: (link: LinkSummary) => {
      if (link.eventCount === 0) return t("words.noEventsVerdict");
      const lead = link.nature === "none" ? t("words.noTie") : t(`labels.nature.${link.nature}`);
      const clause = (() => {
        if (link.strength === 0) return t("words.clauseDenied");
        const share = pct(link.allegedShare, 1);
        if (link.allegedShare >= ALLEGED_DASH_THRESHOLD) return share >= 100 ? t("words.clauseAllAlleged") : t("words.clauseMostlyAlleged", { pct: num(share) });
        if (share > 0) return t("words.clauseSomeAlleged", { pct: num(share) });
        const { confirmed, reported } = link.evidence;
        if (reported === 0) return t("words.clauseConfirmed");
        if (confirmed === 0) return t("words.clauseReported");
        return t("words.clauseBoth");
      })();
      const last = link.lastEventOn && link.lastEventPrecision ? date(link.lastEventOn, link.lastEventPrecision) : null;
      return last ? t("words.verdictWhen", { lead, date: last, clause }) : t("words.verdict", { lead, clause });
    },

    /** "One way, Iran to Russia: 2 of 2 events with a direction." */
    directionSentence: (link: Pair & { flow: Flow; direction: LinkDirection }) => {
      const { aToB, bToA } = link.flow;
      const directed = aToB + bToA;
      const [a, b] = names(link);
      if (directed === 0) return t("words.directionNone");
      const ends = flowEnds([a, b], link.direction);
      if (ends) {
        const major = Math.max(aToB, bToA);
        return t(major === directed ? "words.directionOneWay" : "words.directionMostly", { from: ends[0], to: ends[1], major: num(major), count: directed });
      }
      return t("words.directionBoth", { a, b, ab: aToB, ba: bToA });
    },

    /** "Iran to Russia", "both ways", or null. */
    directionShort: (link: Pair & { direction: LinkDirection }) => {
      const ends = flowEnds(names(link), link.direction);
      if (ends) return t("words.flow", { from: ends[0], to: ends[1] });
      return link.direction === "two_way" ? t("words.bothWaysShort") : null;
    },

    /** "Iran to Russia" for an event whose participants have roles; null without a direction. */
    flowPhrase: (participants: readonly { id: string; name: string; role: ParticipantRole | null }[]) => {
      const from = participants.filter((p) => p.role === "actor" || p.role === "supplier").map((p) => country(p.id, p.name));
      const to = participants.filter((p) => p.role === "target" || p.role === "recipient").map((p) => country(p.id, p.name));
      if (!from.length || !to.length) return null;
      return t("words.flow", { from: list(from), to: list(to) });
    },

    /** "47% of this link's strength rests on alleged events; 53% on confirmed ones." (lib/i18n/evidence-share.ts) */
    evidenceShare: (link: Pick<LinkSummary, "eventCount" | "strength" | "evidenceStrength">) => evidenceShareSentence(link, t as Translate, num),
  };
  return words;
}

export type Words = ReturnType<typeof wordsFor>;

/** The words for the reader's language (see the file's comment). */
export function useWords(): Words {
  const locale = useLocale() as Locale;
  const t = useTranslations();
  return useMemo(() => wordsFor(locale, t), [locale, t]);
}
