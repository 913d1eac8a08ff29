// link_month_stats must always equal a recount from the events, whatever wrote them: these tests make the
// kinds of change the app and imports make, in SQL, and compare the table with rebuild_link_month_stats().
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase();
  prisma = createPrismaClient(database.url, { max: 2 });
});
afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

const statsRows = () =>
  prisma.$queryRawUnsafe<Record<string, string | number>[]>(
    `SELECT link_id, month::text, end_month::text, category::text, evidence::text, origin::text, events, negative,
            round(score_sum::numeric, 6)::text AS score_sum, first_on::text, last_on::text, last_precision::text
       FROM link_month_stats ORDER BY 1, 2, 3, 4, 5, 6`,
  );

/** The table as the triggers left it, then as a recount from scratch makes it: they must be the same. */
async function expectStatsMatchRecount() {
  const kept = await statsRows();
  await prisma.$executeRawUnsafe(`SELECT rebuild_link_month_stats()`);
  expect(kept).toEqual(await statsRows());
  return kept;
}

const version = async () => (await prisma.dataVersion.findUniqueOrThrow({ where: { id: 1 } })).version;

async function eventId(title: string): Promise<string> {
  return (await prisma.event.findFirstOrThrow({ where: { title: { contains: title } }, select: { id: true } })).id;
}

describe("link month statistics", () => {
  it("count the seeded events once per link and month", async () => {
    const rows = await expectStatsMatchRecount();
    const kpIr = rows.filter((r) => r.link_id === "IR-KP");
    expect(kpIr.map((r) => [r.month, r.events])).toEqual([["2019-01-01", 1], ["2024-04-01", 1]]);
  });

  it("follow an event that moves to another month, changes kind, is retired and restored", async () => {
    const id = (await prisma.event.findFirstOrThrow({ where: { participants: { some: { countryId: "IR" } }, precision: "month" } })).id;
    const before = await version();
    await prisma.event.update({ where: { id }, data: { occurredOn: new Date("2022-06-01"), occurredEnd: new Date("2022-06-30"), category: "summit" } });
    expect(await version()).toBeGreaterThan(before);
    let rows = await expectStatsMatchRecount();
    expect(rows.some((r) => r.link_id === "IR-KP" && r.month === "2022-06-01" && r.category === "summit")).toBe(true);
    expect(rows.some((r) => r.link_id === "IR-KP" && r.month === "2024-04-01")).toBe(false);

    await prisma.event.update({ where: { id }, data: { retired: true } });
    rows = await expectStatsMatchRecount();
    expect(rows.some((r) => r.link_id === "IR-KP" && r.month === "2022-06-01")).toBe(false);
    await prisma.event.update({ where: { id }, data: { retired: false } });
    rows = await expectStatsMatchRecount();
    expect(rows.some((r) => r.link_id === "IR-KP" && r.month === "2022-06-01")).toBe(true);
  });

  it("follow an event's countries as they are replaced, and forget a deleted event", async () => {
    const id = await eventId("");
    const [{ countryId }] = await prisma.eventParticipant.findMany({ where: { eventId: id }, take: 1 });
    const others = await prisma.eventParticipant.findMany({ where: { eventId: id, countryId: { not: countryId } } });
    await prisma.eventParticipant.deleteMany({ where: { eventId: id } });
    await expectStatsMatchRecount();
    await prisma.eventParticipant.createMany({ data: [{ eventId: id, countryId }, ...others.map((o) => ({ eventId: id, countryId: o.countryId }))] });
    await expectStatsMatchRecount();
    await prisma.event.delete({ where: { id } });
    await expectStatsMatchRecount();
  });

  it("give a new link the events its countries already shared", async () => {
    // The seed's Kim Yo Jong statement involves KP, KR and the US, pairs that have no link yet.
    const statement = await prisma.event.findFirstOrThrow({
      where: { AND: [{ participants: { some: { countryId: "KR" } } }, { participants: { some: { countryId: "KP" } } }] },
    });
    await prisma.link.create({ data: { id: "KP-KR", countryAId: "KP", countryBId: "KR", title: "North Korea–South Korea" } });
    const rows = await expectStatsMatchRecount();
    expect(rows.filter((r) => r.link_id === "KP-KR").map((r) => r.events)).toEqual([1]);
    expect(rows.find((r) => r.link_id === "KP-KR")?.first_on).toBe(statement.occurredOn.toISOString().slice(0, 10));
  });

  it("add a bulk insert's events in one statement, several links per event", async () => {
    await prisma.$executeRawUnsafe(`
      INSERT INTO events (id, title, occurred_on, occurred_end, precision, category, evidence, score, origin, updated_at)
      SELECT gen_random_uuid(), 'bulk ' || n, DATE '2020-01-01' + n, DATE '2020-01-01' + n, 'day', 'statement', 'reported', (n % 7) - 3, 'machine', now()
        FROM generate_series(1, 200) n`);
    await prisma.$executeRawUnsafe(`
      INSERT INTO event_participants (event_id, country_id)
      SELECT e.id, c.code FROM events e CROSS JOIN (VALUES ('CN'), ('RU'), ('KP')) c(code) WHERE e.title LIKE 'bulk %'`);
    const rows = await expectStatsMatchRecount();
    const total = (link: string) => rows.filter((r) => r.link_id === link && r.month >= "2020-01-01" && r.month < "2021-01-01").reduce((n, r) => n + Number(r.events), 0);
    expect([total("CN-RU"), total("CN-KP"), total("KP-RU")]).toEqual([200, 200, 200]);
  });
});
