// The server's environment, checked once at first use so a bad value fails loudly, naming the variable.
import { z } from "zod";
import { compileTrustedProxies } from "./http/trusted-proxies";

const ServerEnvSchema = z
  .object({
    DATABASE_URL: z
      .string({ error: "DATABASE_URL is not set (npm start sets it for the embedded database)" })
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** Signs session cookies. npm start generates one into .data/ when unset; set it yourself in production. */
    BETTER_AUTH_SECRET: z.string().min(32, "BETTER_AUTH_SECRET must be at least 32 characters").optional(),
    /**
     * The public URL, e.g. https://atlas.example.org: the origin sign-in, cookies, the same-origin check on writes
     * and the OpenAPI document's `servers` use. Unset: the request's own host (localhost, 127.0.0.1 or one of
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
