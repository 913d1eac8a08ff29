// The server's environment, checked once at first use so a bad value fails loudly, naming the variable.
import { z } from "zod";

const ServerEnvSchema = z
  .object({
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is not set (npm start sets it for the embedded database)" })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** Signs session cookies. npm start generates one into .data/ when unset; set it yourself in production. */
    BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
    /** The public URL, e.g. https://atlas.example.org. Unset: the request's own host (localhost or 127.0.0.1). */
    BETTER_AUTH_URL: z.url("BETTER_AUTH_URL must be a URL").optional(),
    /** Extra host names the app answers on when BETTER_AUTH_URL is unset, comma-separated. */
    APP_ALLOWED_HOSTS: z.string().optional(),
  })
  .refine((env) => env.NODE_ENV !== "production" || env.BETTER_AUTH_SECRET, {
    message: "BETTER_AUTH_SECRET must be set in production",
    path: ["BETTER_AUTH_SECRET"],
  });

export type ServerEnv = z.infer<typeof ServerEnvSchema>;

let cached: ServerEnv | undefined;

/** Parsed lazily so `next build` can run without a database; the first request validates it. */
export function serverEnv(): ServerEnv {
  cached ??= ServerEnvSchema.parse(process.env);
  return cached;
}
