// All countries with their capitals: what the map needs to place arcs and capital dots.
import "server-only";
import { db } from "@/lib/db";
import type { CountryDto } from "@/lib/schemas/countries";
import { toCountryDto } from "./country-dto";

export async function listCountries(): Promise<CountryDto[]> {
  const rows = await db().country.findMany({ orderBy: { name: "asc" } });
  return rows.map(toCountryDto);
}
