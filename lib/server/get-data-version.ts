// A number that grows with every committed change to events, their countries and sources, links or countries
// (the data_version row, bumped by triggers in the writing transaction, so imports count too). Open dashboards
// poll it and refetch when it moves, and response caches key on it; both work however many app processes
// share the database.
import "server-only";
import { db } from "@/lib/db";

export async function getDataVersion(): Promise<string> {
  const rows = await db().$queryRaw<{ version: bigint }[]>`SELECT version FROM data_version WHERE id = 1`;
  return (rows[0]?.version ?? BigInt(0)).toString();
}
