// /api/auth/*: Better Auth's endpoints (sign-in, sign-out, session). Email sign-in is rate-limited per
// account and per address first, with the counts in Postgres; the address is the one the server resolved
// (a client's own X-Forwarded-For counts only through a trusted proxy, see lib/http/client-address.ts).
import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";
import { clientAddress } from "@/lib/http/client-address";
import { handleErrors } from "@/lib/http/route";
import { jsonError } from "@/lib/http/responses";
import { recordSignInAttempt, signInRetryAfter } from "@/lib/server/sign-in-rate-limit";

export const GET = handleErrors((request: Request) => toNextJsHandler(auth()).GET(request));

export const POST = handleErrors(async (request: Request) => {
  if (!new URL(request.url).pathname.endsWith("/sign-in/email")) return toNextJsHandler(auth()).POST(request);

  const body = await request.clone().json().catch(() => null) as { email?: unknown } | null;
  const email = typeof body?.email === "string" ? body.email.trim().toLowerCase() : "";
  const ip = clientAddress(request);
  const retryAfter = await signInRetryAfter(email, ip);
  if (retryAfter > 0) {
    const response = jsonError("too_many_requests", `Too many failed sign-in attempts. Try again in ${Math.ceil(retryAfter / 60)} minutes.`);
    response.headers.set("retry-after", String(retryAfter));
    return response;
  }
  const response = await toNextJsHandler(auth()).POST(request);
  await recordSignInAttempt(email, ip, response.ok);
  return response;
});
