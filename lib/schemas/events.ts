// An event as the public API returns it.
import { z } from "zod";
import { CategorySchema, EvidenceSchema, OriginSchema, ParticipantRoleSchema, PrecisionSchema } from "./common";

export const SourceSchema = z.object({
  url: z.string().nullable(),
  publisher: z.string(),
  title: z.string(),
  publishedOn: z.string().nullable(),
});

/** A country taking part, with its role when the source gives one (lib/domain/direction.ts). */
export const ParticipantSchema = z.object({ id: z.string(), name: z.string(), role: ParticipantRoleSchema.nullable() });

export const EventSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  /** First day of the period the date is known to. */
  date: z.string(),
  /** Last day of that period. */
  dateEnd: z.string(),
  precision: PrecisionSchema,
  category: CategorySchema,
  evidence: EvidenceSchema,
  score: z.number(),
  cameoCode: z.string().nullable(),
  origin: OriginSchema,
  /** SIPRI trend-indicator value of an arms transfer, in millions of TIV; null for other events. */
  tivMillions: z.number().nullable(),
  participants: z.array(ParticipantSchema),
  sources: z.array(SourceSchema),
});
export type EventDto = z.infer<typeof EventSchema>;

/** An event as editors see it: also retired ones, with the version an edit must quote. */
export const AdminEventSchema = EventSchema.extend({
  version: z.number().int(),
  retired: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AdminEventDto = z.infer<typeof AdminEventSchema>;

export const EventResponseSchema = z.object({ event: AdminEventSchema });
export type EventResponse = z.infer<typeof EventResponseSchema>;
