// The environment the browser sees: Next.js inlines NEXT_PUBLIC_* variables (and NODE_ENV) into the client
// bundle at build time, and only when they are written out in full as below. Checked with zod when the module
// loads. The server's schema (lib/env.ts) includes these fields, so every variable has one schema.
import { z } from "zod";

export const PublicEnvFields = {
  /** "production" under npm start, next start and the e2e server; "development" under next dev. */
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** A remote MapLibre style to draw under the arcs (build-time); unset: the built-in offline basemap. */
  NEXT_PUBLIC_MAP_STYLE_URL: z.url("NEXT_PUBLIC_MAP_STYLE_URL must be a URL").optional(),
};

export const PublicEnvSchema = z.object(PublicEnvFields);
export type PublicEnv = z.infer<typeof PublicEnvSchema>;

/** Blank is unset: `NEXT_PUBLIC_MAP_STYLE_URL= npm run build` should mean the default, not an invalid URL. */
export const blankIsUnset = (value: string | undefined) => (value?.trim() ? value : undefined);

export const publicEnv: PublicEnv = PublicEnvSchema.parse({
  NODE_ENV: process.env.NODE_ENV,
  NEXT_PUBLIC_MAP_STYLE_URL: blankIsUnset(process.env.NEXT_PUBLIC_MAP_STYLE_URL),
});
