// The Atom feeds' query: they take no parameters, and as everywhere in the API one given is refused (400, naming
// it) rather than silently ignored. Their path parameters are in paths.ts.
import { z } from "zod";

export const FeedQuerySchema = z.object({}).strict();
