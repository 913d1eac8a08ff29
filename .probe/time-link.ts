process.env.DATABASE_URL = "postgresql://root@127.0.0.1:5432/axis_synthetic";
const { db } = await import("../lib/db");
const { linkEventsPage } = await import("../lib/server/list-link-events");
const { strongestLinkEvents } = await import("../lib/server/link-strongest-events");
const { linkActivity } = await import("../lib/server/link-activity");
const { linkTotals } = await import("../lib/server/link-totals");
const link = { id: "CN-KP", countryAId: "CN", countryBId: "KP" };
const filters = process.argv[2] ? { from: "2010-01-01", to: "2010-12-31" } : {};
await db().$queryRaw`SELECT 1`;
for (const [name, f] of [["totals", () => linkTotals(filters, { links: ["CN-KP"] })], ["page", () => linkEventsPage(link, filters, { limit: 50 })], ["strongest", () => strongestLinkEvents(link, filters, 20)], ["activity", () => linkActivity(link, filters)]] as const) {
  const t = performance.now(); await f(); console.log(name, Math.round(performance.now() - t), "ms");
}
await db().$disconnect();
