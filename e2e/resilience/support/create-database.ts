// Run by database.ts with `tsx --conditions=react-server` (it uses lib/server, as scripts/e2e-server.ts does):
// `create-database.ts COUNT [--accounts]` makes COUNT fresh, migrated and seeded databases on DATABASE_URL's
// server, with the accounts in accounts.ts when asked (one database only: lib/db binds to the first URL it
// sees), and prints {"urls": [...]} as its last line.
import { createTestDatabase } from "../../../tests/support/test-database";
import { ACCOUNTS } from "./accounts";

const count = Number(process.argv[2] ?? 1);
const withAccounts = process.argv.includes("--accounts");
if (withAccounts && count !== 1) throw new Error("--accounts makes one database at a time");

const urls = await Promise.all(Array.from({ length: count }, async () => (await createTestDatabase()).url));
if (withAccounts) {
  process.env.DATABASE_URL = urls[0];
  const { createUser } = await import("../../../lib/server/create-user");
  await createUser(null, { ...ACCOUNTS.admin, name: "Resilience Admin", role: "admin" });
  await createUser(null, { ...ACCOUNTS.editor, name: "Resilience Editor", role: "editor" });
  const { db } = await import("../../../lib/db");
  await db().$disconnect();
}
console.log(JSON.stringify({ urls }));
// Some pool keeps an idle connection open until its idle timeout; nothing is left to do, so do not wait.
process.exit(0);
