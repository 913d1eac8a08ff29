import "server-only";
import { flagEmoji } from "@/lib/domain/flag";
import type { Country } from "@/lib/generated/prisma/client";
import type { CountryDto } from "@/lib/schemas/countries";

export function toCountryDto(c: Country): CountryDto {
  return {
    id: c.id,
    iso3: c.iso3,
    numeric: c.numeric,
    name: c.name,
    flag: flagEmoji(c.id),
    capital: c.capital,
    capitalLat: c.capitalLat,
    capitalLon: c.capitalLon,
    region: c.region,
    subregion: c.subregion,
    context: c.context,
  };
}
