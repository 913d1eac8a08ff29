// Sign-in attempts are counted in Postgres, per account and per address, so the limit holds however many
// app processes serve the site. Failures count; a success does not clear earlier failures of the window.
import "server-only";
import { db } from "@/lib/db";

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_ADDRESS = 20;

/** Seconds until another attempt is allowed, or 0 when one is allowed now. */
export async function signInRetryAfter(email: string, ip: string): Promise<number> {
  const since = new Date(Date.now() - SIGN_IN_WINDOW_MS);
  const [byAccount, byAddress] = await Promise.all([
    db().signInAttempt.findMany({ where: { email, succeeded: false, at: { gte: since } }, orderBy: { at: "asc" }, select: { at: true } }),
    db().signInAttempt.findMany({ where: { ip, succeeded: false, at: { gte: since } }, orderBy: { at: "asc" }, select: { at: true } }),
  ]);
  const waits = [
    byAccount.length >= MAX_FAILURES_PER_ACCOUNT ? byAccount[byAccount.length - MAX_FAILURES_PER_ACCOUNT]!.at : null,
    byAddress.length >= MAX_FAILURES_PER_ADDRESS ? byAddress[byAddress.length - MAX_FAILURES_PER_ADDRESS]!.at : null,
  ]
    .filter((at): at is Date => at !== null)
    .map((at) => Math.ceil((at.getTime() + SIGN_IN_WINDOW_MS - Date.now()) / 1000));
  return Math.max(0, ...waits);
}

export async function recordSignInAttempt(email: string, ip: string, succeeded: boolean): Promise<void> {
  await db().signInAttempt.create({ data: { email, ip, succeeded } });
}
