// Every environment variable the app and its start scripts read, in one zod schema, so a bad value fails
// loudly and names the variable. The app reads it once (serverEnv(), at first use so `next build` runs without
// a database); the scripts that start it read the same schema before they know the database (launchEnv()).
// The browser's part is lib/env-public.ts. Test and benchmark tooling (CI, E2E_PORT, CHROMIUM_PATH, BENCH_*)
// is read by those tools alone and documented beside them.
import { z } from "zod";
import { blankIsUnset, PublicEnvFields } from "./env-public";
import { compileTrustedProxies } from "./http/trusted-proxies";

const port = (name: string) =>
  z.coerce
    .number({ error: `${name} must be a port number` })
    .int(`${name} must be a port number`)
    .min(0, `${name} must be a port number`)
    .max(65535, `${name} must be a port number`);

const EnvFields = {
  ...PublicEnvFields,
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is not set (npm start sets it for the embedded database)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  /**
   * A streaming replica (hot standby) of DATABASE_URL's database. Set: the public read API reads from it, while
   * writes, sign-in, the audit trail and signed-in readers stay on DATABASE_URL; when it does not answer, reads
   * go to DATABASE_URL until it does (lib/db-routing.ts). Unset: everything reads DATABASE_URL.
   */
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_REPLICA_URL must be a postgresql:// URL")
    .refine((value) => URL.canParse(value), "DATABASE_REPLICA_URL must be a postgresql:// URL")
    .optional(),
  /** Signs session cookies. npm start generates one into .data/ when unset; set it yourself in production. */
  BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
  /**
   * The public URL, e.g. https://atlas.example.org: the origin sign-in, cookies, the same-origin check on writes,
   * the OpenAPI document's `servers` and the Atom feeds' absolute URLs (lib/http/public-origin.ts) use. Unset: the request's own host (localhost, 127.0.0.1 or one of
   * APP_ALLOWED_HOSTS), from X-Forwarded-Host only when TRUSTED_PROXIES trusts the proxy that sent it.
   */
  BETTER_AUTH_URL: z.url("BETTER_AUTH_URL must be a URL").optional(),
  /** Extra host names the app answers on when BETTER_AUTH_URL is unset, comma-separated. */
  APP_ALLOWED_HOSTS: z.string().optional(),
  /**
   * The reverse proxies whose X-Forwarded-For, -Host and -Proto headers are believed (scripts/serve.ts reads
   * them from those peers only): comma-separated IP addresses, CIDR ranges, or `loopback`, `linklocal`,
   * `uniquelocal` (lib/http/trusted-proxies.ts). Unset: nobody; the client address is the socket's.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, ctx) => {
      try {
        compileTrustedProxies(value);
      } catch (error) {
        ctx.addIssue({ code: "custom", message: `TRUSTED_PROXIES: ${(error as Error).message}` });
      }
    }),
  /** "1": session cookies without Secure even in production (npm start sets it for plain-http localhost). */
  AUTH_INSECURE_COOKIES: z.enum(["0", "1"], { error: 'AUTH_INSECURE_COOKIES must be "0" or "1"' }).default("0"),
  /** The first admin, created at start when both are set and the account does not exist. */
  ADMIN_EMAIL: z.email("ADMIN_EMAIL must be an email address").optional(),
  ADMIN_PASSWORD: z.string().min(10, "ADMIN_PASSWORD must be at least 10 characters").optional(),
  /** The port the app serves on (npm start, scripts/serve.ts). */
  PORT: port("PORT").default(3000),
  /** The embedded database's port under npm start without DATABASE_URL; unset: a free one. */
  EMBEDDED_DB_PORT: port("EMBEDDED_DB_PORT").optional(),
  /** Where `next build` writes and the server reads the build; `.next` unless a tool keeps builds apart. */
  NEXT_DIST_DIR: z.string().default(".next"),
};

/** Blank values are unset (an empty `PORT=` in a shell means "the default", not an invalid port). */
function fromProcess(source: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.keys(EnvFields).map((key) => [key, blankIsUnset(source[key])]));
}

const ServerEnvSchema = z.object(EnvFields).refine((env) => env.NODE_ENV !== "production" || !!env.BETTER_AUTH_SECRET, {
  message: "BETTER_AUTH_SECRET must be set in production",
  path: ["BETTER_AUTH_SECRET"],
});
export type ServerEnv = z.infer<typeof ServerEnvSchema>;

/** Before a start script has chosen the database, DATABASE_URL may be unset (npm start embeds one). */
const LaunchEnvSchema = z.object({ ...EnvFields, DATABASE_URL: EnvFields.DATABASE_URL.optional() }).refine(
  // The embedded database streams to no replica, so a replica URL without DATABASE_URL is a mistake, not a setup.
  (env) => !env.DATABASE_REPLICA_URL || !!env.DATABASE_URL,
  { message: "DATABASE_REPLICA_URL needs DATABASE_URL: it names a replica of that database", path: ["DATABASE_REPLICA_URL"] },
);
export type LaunchEnv = z.infer<typeof LaunchEnvSchema>;

let cached: ServerEnv | undefined;

/**
 * The app's environment, parsed once at first use. Throws a ZodError naming each bad variable (for example
 * "DATABASE_URL is not set").
 */
export function serverEnv(): ServerEnv {
  cached ??= ServerEnvSchema.parse(fromProcess(process.env));
  return cached;
}

/** The same schema for the scripts that start the app (npm start, scripts/serve.ts, admin:create), not cached. */
export function launchEnv(source: NodeJS.ProcessEnv = process.env): LaunchEnv {
  return LaunchEnvSchema.parse(fromProcess(source));
}
