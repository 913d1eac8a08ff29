// Countries with their curated context text and version, for admins to edit.
import "server-only";
import { db } from "@/lib/db";
import { flagEmoji } from "@/lib/domain/flag";

export interface CountryRecord {
  id: string;
  name: string;
  flag: string;
  region: string;
  context: string;
  version: number;
}

export async function listCountryRecords(): Promise<CountryRecord[]> {
  const rows = await db().country.findMany({
    orderBy: { name: "asc" },
    select: { id: true, name: true, region: true, context: true, version: true },
  });
  return rows.map((row) => ({ ...row, flag: flagEmoji(row.id) }));
}
