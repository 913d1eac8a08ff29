// GET /api/compare?a=2019-01..2022-12&b=2023-01..2024-12: which links appeared, strengthened, weakened or went
// quiet between two periods, with the events that made the difference (cached per data version, see the handler).
// The handler lives in lib/http/reads so the versioned route (/api/v/{snapshot}/compare) serves the same one.
import { compareRead } from "@/lib/http/reads/compare";

export const GET = compareRead;
