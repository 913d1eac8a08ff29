// Convenience names for the shapes of GET /api/timeline, GET /api/events?q= and GET /api/compare
// (the zod schemas in lib/schemas/analysis.ts are the source of truth).
import type { CompareResponse, SearchEventsResponse, TimelineResponse } from "@/lib/schemas/analysis";

export type { CompareResponse, SearchEventsResponse, TimelineResponse };
export type SearchHit = SearchEventsResponse["events"][number];
export type CompareLink = CompareResponse["links"][number];
export type Change = CompareLink["change"];
export type EventWithContribution = CompareLink["eventsA"][number];
