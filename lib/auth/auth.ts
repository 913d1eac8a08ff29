// Better Auth over our Prisma client: email and password accounts, sessions in Postgres. Sign-up is
// closed; admins create accounts (lib/server/create-user.ts) and the first admin comes from the
// environment or `npm run admin:create`. Sessions live on the primary (primaryDb): sign-in writes them, and a
// session must be seen by the very next request, which a read replica may not have replayed yet.
import "server-only";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { primaryDb } from "@/lib/db";
import { serverEnv } from "@/lib/env";

function createAuth() {
  const env = serverEnv();
  const secureCookies = env.NODE_ENV === "production" && env.AUTH_INSECURE_COOKIES !== "1";
  const extraHosts = (env.APP_ALLOWED_HOSTS ?? "").split(",").map((h) => h.trim()).filter(Boolean);
  return betterAuth({
    appName: "Axis Atlas",
    database: prismaAdapter(primaryDb(), { provider: "postgresql" }),
    secret: env.BETTER_AUTH_SECRET ?? "axis-atlas-development-secret-not-for-production",
    // The configured public URL, or the host the request names if it is one we answer on. The fallback is used
    // only for a host outside that list; it writes no URL anyone is sent to (sign-in answers JSON), and its
    // origin is not any browser's, so such a request's sign-in is refused by the origin check.
    baseURL: env.BETTER_AUTH_URL ?? {
      allowedHosts: ["localhost", "localhost:*", "127.0.0.1", "127.0.0.1:*", ...extraHosts],
      protocol: "auto",
      fallback: "http://localhost",
    },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    user: {
      additionalFields: { role: { type: "string", required: false, defaultValue: "viewer", input: false } },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Our own limiter (lib/server/sign-in-rate-limit.ts) counts per account and per address in Postgres.
    rateLimit: { enabled: false },
    advanced: {
      // X-Forwarded-Host and -Proto name the public host only behind a trusted proxy; scripts/serve.ts removes
      // them from anyone else, and without TRUSTED_PROXIES the Host header is the host.
      trustedProxyHeaders: !!env.TRUSTED_PROXIES?.trim(),
      // The one address scripts/serve.ts resolved (lib/http/trusted-proxies.ts), for the sessions' ipAddress.
      ipAddress: { ipAddressHeaders: ["x-forwarded-for"] },
      useSecureCookies: secureCookies,
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax", secure: secureCookies },
    },
    telemetry: { enabled: false },
    plugins: [nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { axisAuth?: Auth };

export function auth(): Auth {
  globalForAuth.axisAuth ??= createAuth();
  return globalForAuth.axisAuth;
}
