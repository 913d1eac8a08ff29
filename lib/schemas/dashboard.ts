// The dashboard's address, "/?from=2023-01&to=2024-04&category=summit&link=IR-KP": the open panel, the
// timeline's range in whole months and the same event filters as the API, in one schema. The server page,
// the browser's URL state and the links the page writes all go through it.
import { z } from "zod";
import { CountryCodeSchema, LinkIdSchema, MonthSchema, UuidSchema } from "./common";
import { eventFilterFields, linkFilterFields } from "./filters";

/** Not strict: an address may carry parameters of its own (utm_source and the like), which the page ignores. */
export const DashboardQuerySchema = z.object({
  /** The timeline's first and last month (the page puts them in order and within the data's span). */
  from: MonthSchema.optional(),
  to: MonthSchema.optional(),
  /** The open link panel, and an event in it to highlight (opened from search). */
  link: LinkIdSchema.optional(),
  event: UuidSchema.optional(),
  /** The open country panel. */
  country: CountryCodeSchema.optional(),
  /** "all": draw every link's arc, not only the strongest the view shows legibly (lib/map/arc-budget.ts). */
  arcs: z.enum(["all"]).optional(),
  ...eventFilterFields,
  ...linkFilterFields,
});
export type DashboardQuery = z.infer<typeof DashboardQuerySchema>;
