// The first admin: from ADMIN_EMAIL and ADMIN_PASSWORD when set, or, for the embedded demo, a generated
// account whose password is returned once so the start script can print it.
import "server-only";
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { serverEnv } from "@/lib/env";
import { createUser } from "./create-user";

export const DEMO_ADMIN_EMAIL = "admin@axis-atlas.local";

export async function ensureAdmin(options: { demo: boolean }): Promise<{ email: string; password?: string } | null> {
  const { ADMIN_EMAIL, ADMIN_PASSWORD: password } = serverEnv();
  const email = ADMIN_EMAIL?.trim().toLowerCase();
  if (email && password) {
    if (await db().user.findUnique({ where: { email } })) return null;
    await createUser(null, { email, password, name: "Administrator", role: "admin" });
    return { email };
  }
  if (!options.demo || (await db().user.count()) > 0) return null;
  const generated = randomBytes(9).toString("base64url");
  await createUser(null, { email: DEMO_ADMIN_EMAIL, password: generated, name: "Demo admin", role: "admin" });
  return { email: DEMO_ADMIN_EMAIL, password: generated };
}
