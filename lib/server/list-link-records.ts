// Links with their curated text and version, for admins to edit (their numbers live on the public API).
import "server-only";
import { db } from "@/lib/db";

export interface LinkRecord {
  id: string;
  countryNames: [string, string];
  title: string;
  summary: string;
  version: number;
  updatedAt: string;
}

export async function listLinkRecords(): Promise<LinkRecord[]> {
  const rows = await db().link.findMany({
    orderBy: { id: "asc" },
    select: {
      id: true,
      title: true,
      summary: true,
      version: true,
      updatedAt: true,
      countryA: { select: { name: true } },
      countryB: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    countryNames: [row.countryA.name, row.countryB.name],
    title: row.title,
    summary: row.summary,
    version: row.version,
    updatedAt: row.updatedAt.toISOString(),
  }));
}
