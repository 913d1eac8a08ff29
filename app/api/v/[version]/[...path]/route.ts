// GET /api/v/{snapshot}/...: the public reads at one data snapshot, cacheable for a year by any HTTP cache
// (lib/http/versioned-route.ts says which answer when).
import { versionedRead } from "@/lib/http/versioned-route";

export const GET = versionedRead;
