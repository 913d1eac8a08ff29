// The admin pages' addresses (/admin, /admin/audit, /admin/events/{id}, /sign-in), each through one zod schema
// like every other query: the page keeps what it can use and says what it could not (parseQueryLeniently).
import { z } from "zod";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from "@/lib/domain/vocabulary";
import { CategorySchema, CountryCodeSchema, EvidenceSchema, OriginSchema } from "./common";

const page = z.coerce.number().int("must be a whole number").min(1, "must be 1 or more").default(1);
const text = (max: number) => z.string().trim().max(max, `must be at most ${max} characters`).optional();

/** /admin: the events list's search, filters, order and page. */
export const AdminEventsQuerySchema = z.object({
  q: text(200),
  country: CountryCodeSchema.optional(),
  category: CategorySchema.optional(),
  evidence: EvidenceSchema.optional(),
  origin: OriginSchema.optional(),
  status: z.enum(["active", "retired", "all"], { error: "must be one of active, retired, all" }).default("all"),
  sort: z.enum(["date", "updated"], { error: "must be one of date, updated" }).default("date"),
  page,
});
export type AdminEventsQuery = z.infer<typeof AdminEventsQuerySchema>;

/** /admin/audit: which entries, by whom, about what, and the page. */
export const AuditQuerySchema = z.object({
  entityType: z.enum(AUDIT_ENTITY_TYPES, { error: `must be one of ${AUDIT_ENTITY_TYPES.join(", ")}` }).optional(),
  action: z.enum(AUDIT_ACTIONS, { error: `must be one of ${AUDIT_ACTIONS.join(", ")}` }).optional(),
  actorId: text(100),
  entityId: text(100),
  page,
});
export type AuditQuery = z.infer<typeof AuditQuerySchema>;

/** /admin/events/{id}: `created=1` right after the event was added, to say so. */
export const EditEventQuerySchema = z.object({ created: z.literal("1", { error: 'must be "1"' }).optional() });

/** /sign-in: where to go next (checked to be a path on this site by safeNextPath). */
export const SignInQuerySchema = z.object({ next: z.string().max(2000, "must be at most 2,000 characters").optional() });
