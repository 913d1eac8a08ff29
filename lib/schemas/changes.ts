// GET /api/changes's answer: what a client polls to learn that the data moved and which versioned URLs
// (/api/v/{snapshot}/...) are current. Client-safe.
import { z } from "zod";

export const ChangesResponseSchema = z.object({
  version: z.string().describe("The data version: grows with every committed change to the data; poll and refetch when it moves."),
  snapshot: z
    .string()
    .describe('The data version and the UTC day answers are measured on, "{version}-{YYYY-MM-DD}": read the public API at /api/v/{snapshot}/... to get answers any HTTP cache may keep.'),
});
export type ChangesResponse = z.infer<typeof ChangesResponseSchema>;
