// Fills an empty database with the countries, the six four-capital links and the source article's events.
// Runs once: a database that already has countries is left alone, so restarts never seed twice.
import { periodEnd, parseIsoDate } from "../../lib/domain/date-precision";
import { linkIdFor } from "../../lib/domain/link-id";
import type { PrismaClient } from "../../lib/generated/prisma/client";
import { ARTICLE_SOURCE, seedCountries, seedEvents, seedLinks } from "./seed-data";

export interface SeedResult {
  seeded: boolean;
  countries: number;
  links: number;
  events: number;
}

export async function seedDatabase(prisma: PrismaClient): Promise<SeedResult> {
  const countries = seedCountries();
  const links = seedLinks();
  const events = seedEvents();

  return prisma.$transaction(
    async (tx) => {
      // One seeder at a time, even with several app processes starting against one database.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(727274)`;
      if ((await tx.country.count()) > 0) return { seeded: false, countries: 0, links: 0, events: 0 };

      await tx.country.createMany({
        data: countries.map((c) => ({
          id: c.id,
          iso3: c.iso3,
          numeric: c.numeric,
          name: c.name,
          capital: c.capital,
          capitalLat: c.lat,
          capitalLon: c.lon,
          region: c.region,
          subregion: c.subregion,
          context: c.context,
        })),
      });
      await tx.link.createMany({
        data: links.map((l) => {
          const [a, b] = l.id.split("-") as [string, string];
          if (linkIdFor(a, b) !== l.id) throw new Error(`links.json: ${l.id} is not sorted (write ${linkIdFor(a, b)})`);
          return { id: l.id, countryAId: a, countryBId: b, title: l.title, summary: l.summary };
        }),
      });
      for (const e of events) {
        const date = parseIsoDate(e.date)!;
        await tx.event.create({
          data: {
            title: e.title,
            summary: e.summary,
            occurredOn: date,
            occurredEnd: periodEnd(date, e.precision),
            precision: e.precision,
            category: e.category,
            evidence: e.evidence,
            score: e.score,
            cameoCode: e.cameoCode,
            origin: "curated",
            externalId: e.key,
            participants: { create: e.participants.map((countryId) => ({ countryId, role: e.roles?.[countryId] ?? null })) },
            sources: { create: [{ ...ARTICLE_SOURCE, position: 0 }] },
          },
        });
      }
      return { seeded: true, countries: countries.length, links: links.length, events: events.length };
    },
    { timeout: 60_000 },
  );
}
