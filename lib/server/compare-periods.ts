// GET /api/compare: each link's strength in period A and in period B (each measured at its own end), how it
// changed, and the events that weigh most in each period, so the difference can be traced to its evidence.
import "server-only";
import { db } from "@/lib/db";
import { classifyChange } from "@/lib/domain/compare-periods";
import { pairsAmong } from "@/lib/domain/link-id";
import { contribution } from "@/lib/domain/strength";
import { summarizeLinks } from "@/lib/domain/summarize-links";
import type { CompareRequest, CompareResponse } from "@/lib/schemas/analysis";
import { eventInclude, eventWhere, toEventDto } from "./event-query";
import { linkMetaSelect, toLinkMeta } from "./link-facts";
import { linksTouching } from "./list-links";

const TOP_EVENTS = 10;

async function periodEvents(request: CompareRequest, period: { from: string; to: string }) {
  const { a: _a, b: _b, ...filters } = request;
  const rows = await db().event.findMany({ where: eventWhere({ ...filters, countries: undefined, ...period }), include: eventInclude });
  return rows.map(toEventDto).map((e) => ({ ...e, countries: e.participants.map((p) => p.id) }));
}

export async function comparePeriods(request: CompareRequest): Promise<CompareResponse> {
  const [linkRows, eventsA, eventsB] = await Promise.all([
    db().link.findMany({ where: linksTouching(request.countries), select: linkMetaSelect, orderBy: { id: "asc" } }),
    periodEvents(request, request.a),
    periodEvents(request, request.b),
  ]);
  const metas = linkRows.map(toLinkMeta);
  const summariesA = summarizeLinks(metas, eventsA, { asOf: request.a.to });
  const summariesB = summarizeLinks(metas, eventsB, { asOf: request.b.to });

  const ranked = (events: typeof eventsA, linkId: string, asOf: string) =>
    events
      .filter((e) => pairsAmong(e.countries).includes(linkId))
      .map(({ countries: _c, ...e }) => ({ ...e, contribution: contribution(e, { asOf }) }))
      .sort((x, y) => y.contribution.value - x.contribution.value)
      .slice(0, TOP_EVENTS);

  const links: CompareResponse["links"] = [];
  metas.forEach((meta, i) => {
    const a = summariesA[i]!;
    const b = summariesB[i]!;
    const change = classifyChange(a, b);
    if (!change) return;
    const figures = (s: typeof a) => ({ strength: s.strength, cooperation: s.cooperation, tension: s.tension, eventCount: s.eventCount });
    links.push({
      id: meta.id,
      countries: meta.countries,
      countryNames: meta.countryNames,
      title: meta.title,
      change,
      a: figures(a),
      b: figures(b),
      delta: Math.round((b.strength - a.strength) * 100) / 100,
      eventsA: ranked(eventsA, meta.id, request.a.to),
      eventsB: ranked(eventsB, meta.id, request.b.to),
    });
  });
  links.sort((x, y) => Math.abs(y.delta) - Math.abs(x.delta) || x.id.localeCompare(y.id));
  return { a: request.a, b: request.b, links };
}
