// Links' meta (id, countries, their names, title, summary) now, from the meta as it was at an earlier data version
// and the links changed since: only the changed links are read again, and every link takes its countries' current
// names from one read of the countries table (about 250 rows). A country's new name changes its links' meta but not
// their statistics, so link_changes does not name those links; reading 5,000 links with their countries' names
// again would cost about 100 ms at every edit.
import "server-only";
import { db } from "@/lib/db";
import type { LinkMeta } from "@/lib/domain/summarize-links";
import { linkMetaSelect, toLinkMeta } from "./link-facts";
import { linksTouching } from "./list-links";

/**
 * Takes `previous` (the meta of every link a view listed at an earlier version, in id order), `changed` (the ids
 * link_changes names since: created, deleted, retitled or with new statistics) and the view's `countries` filter.
 * Returns the meta of every link the view lists now, in id order: the unchanged links' meta with their countries'
 * current names, and the changed links read again (a deleted one is gone; a new one is added where the filter allows).
 * Ids are two ISO 3166-1 alpha-2 codes joined by "-", which every collation orders alike, so JavaScript's string
 * order matches PostgreSQL's ORDER BY id. Throws when the database cannot be reached.
 */
export async function currentLinkMeta(previous: readonly LinkMeta[], changed: readonly string[], countries: readonly string[] | undefined): Promise<LinkMeta[]> {
  const touching = linksTouching(countries);
  const [names, rows] = await Promise.all([
    db().country.findMany({ select: { id: true, name: true } }),
    changed.length
      ? db().link.findMany({ where: { AND: [{ id: { in: [...changed] } }, ...(touching ? [touching] : [])] }, select: linkMetaSelect })
      : Promise.resolve([]),
  ]);
  const nameOf = new Map(names.map((c) => [c.id, c.name]));
  const gone = new Set(changed);
  const kept = previous
    .filter((l) => !gone.has(l.id))
    .map((l): LinkMeta => {
      const [a, b] = l.countries;
      const countryNames: [string, string] = [nameOf.get(a) ?? l.countryNames[0], nameOf.get(b) ?? l.countryNames[1]];
      return countryNames[0] === l.countryNames[0] && countryNames[1] === l.countryNames[1] ? l : { ...l, countryNames };
    });
  return [...kept, ...rows.map(toLinkMeta)].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
}
