// One Save: POST a new event, or PATCH an edit quoting the version it was loaded at, and what the answer means
// for the form. Every answer becomes an outcome (never a throw), so use-event-editor.ts can say each in its way.
import type { CreateEventRequest, UpdateEventRequest } from "@/lib/schemas/event-input";
import type { AdminEventDto } from "@/lib/schemas/events";
import { callApi, type ApiIssue } from "../api";
import { currentOf } from "./current";

/**
 * What came of a Save: the event created or saved; a 409 with the record as it is now (null when the answer
 * had none); a 400 with the server's issues (paths and messages as the schema gives them); or any other failure
 * with a message, `signIn` when the session has ended.
 */
export type SaveOutcome =
  | { kind: "created" | "saved"; event: AdminEventDto }
  | { kind: "conflict"; current: AdminEventDto | null }
  | { kind: "rejected"; issues: ApiIssue[] }
  | { kind: "failed"; failure: { status: number; code: string | null; message: string }; signIn: boolean };

/** Sends `request` as a new event (no `loaded`) or as an edit of `loaded`, and says what came of it. */
export async function saveEvent(request: CreateEventRequest, loaded: AdminEventDto | undefined): Promise<SaveOutcome> {
  const result = loaded
    ? await callApi<{ event: AdminEventDto }>("PATCH", `/api/events/${loaded.id}`, { ...request, version: loaded.version } satisfies UpdateEventRequest)
    : await callApi<{ event: AdminEventDto }>("POST", "/api/events", request);
  if (result.ok) return { kind: loaded ? "saved" : "created", event: result.data.event };
  if (result.status === 409) return { kind: "conflict", current: currentOf(result.current) };
  if (result.status === 400 && result.issues.length) return { kind: "rejected", issues: result.issues };
  return { kind: "failed", failure: { status: result.status, code: result.code, message: result.message }, signIn: result.status === 401 };
}
