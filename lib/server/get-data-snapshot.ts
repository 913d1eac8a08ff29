// The current data snapshot (lib/domain/data-snapshot.ts): the data version and today's UTC day. Read through
// getDataVersion, as every cached read is, so it comes from whichever database the request's reads go to.
import "server-only";
import { type DataSnapshot } from "@/lib/domain/data-snapshot";
import { todayIso } from "@/lib/domain/months";
import { getDataVersion } from "./get-data-version";

/** The snapshot answers computed now are of. Rejects when the database does not answer. */
export async function getDataSnapshot(): Promise<DataSnapshot> {
  return { version: await getDataVersion(), day: todayIso() };
}
