// A number that grows with every change anyone makes (the newest audit entry's id). Open dashboards poll it
// and refetch when it moves, which works however many app processes share the database.
import "server-only";
import { db } from "@/lib/db";

export async function getDataVersion(): Promise<string> {
  const latest = await db().auditEntry.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  return (latest?.id ?? BigInt(0)).toString();
}
