// GET /api/countries: every country with its capital's coordinates.
// The handler lives in lib/http/reads so the versioned route (/api/v/{snapshot}/countries) serves the same one.
import { countriesRead } from "@/lib/http/reads/countries";

export const GET = countriesRead;
