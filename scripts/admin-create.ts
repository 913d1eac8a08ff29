// npm run admin:create -- --email you@example.org [--name "Your Name"] [--role admin|editor]
// Creates an account on DATABASE_URL. The password comes from ADMIN_PASSWORD, or is generated and printed.
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { launchEnv } from "../lib/env";

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "admin" } },
});
const env = launchEnv();
if (!env.DATABASE_URL || !values.email) {
  console.error("Usage: DATABASE_URL=postgresql://... npm run admin:create -- --email you@example.org [--name ...] [--role admin|editor]");
  process.exit(2);
}
process.env.BETTER_AUTH_SECRET ??= "admin-create-does-not-sign-cookies-000000";

const { CreateUserRequestSchema } = await import("../lib/schemas/admin");
const given = env.ADMIN_PASSWORD;
const password = given ?? randomBytes(12).toString("base64url");
const parsed = CreateUserRequestSchema.safeParse({ email: values.email, name: values.name ?? values.email, password, role: values.role });
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
  process.exit(2);
}
const { createUser } = await import("../lib/server/create-user");
const { AppError } = await import("../lib/server/errors");
const { db } = await import("../lib/db");
try {
  const user = await createUser(null, parsed.data);
  console.log(`Created ${user.role} ${user.email}.`);
  if (!given) console.log(`Password (shown once): ${password}`);
} catch (error) {
  if (error instanceof AppError && error.code === "invalid_request") {
    console.error(error.message);
    process.exitCode = 2;
  } else throw error;
} finally {
  await db().$disconnect();
}
