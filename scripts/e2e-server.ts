// The server the Playwright suite runs against: the production build (rebuilt when stale) served by
// scripts/serve.ts (what npm start runs) on a fresh, seeded database that is dropped when Playwright stops this process.
// Refuses a non-local DATABASE_URL, because it creates and drops databases there.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { buildIfStale } from "./build-if-stale";
import { projectRoot } from "./db/migrations";
import { ensurePrismaClient } from "./prisma-generate";
import { serveCommand } from "./serve-command";
import { createTestDatabase } from "../tests/support/test-database";

const port = Number(process.env.E2E_PORT ?? 3210);
const base = process.env.DATABASE_URL;
if (base && !["localhost", "127.0.0.1", "[::1]"].includes(new URL(base).hostname)) {
  console.error(`Refusing to run e2e tests against the non-local database ${new URL(base).hostname}.`);
  process.exit(2);
}

ensurePrismaClient();
process.env.BETTER_AUTH_SECRET ??= randomBytes(32).toString("base64url");
buildIfStale();
const database = await createTestDatabase();
await createE2eAccounts(database.url);
const [executable, ...args] = serveCommand(port);
const server = spawn(executable, args, {
  cwd: projectRoot,
  stdio: "inherit",
  env: {
    ...process.env,
    DATABASE_URL: database.url,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET,
    AUTH_INSECURE_COOKIES: "1",
    PORT: String(port),
  },
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  if (server.exitCode === null) {
    server.kill("SIGTERM");
    await new Promise((resolve) => server.once("exit", resolve));
  }
  await database.drop();
  process.exit(0);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
server.once("exit", (code) => {
  if (!stopping) {
    console.error(`The web server exited (code ${code})`);
    void database.drop().finally(() => process.exit(1));
  }
});

/** The accounts the e2e specs sign in with (this process runs with the react-server condition, so it may use lib/server). */
async function createE2eAccounts(url: string) {
  process.env.DATABASE_URL = url;
  const { createUser } = await import("../lib/server/create-user");
  await createUser(null, { email: "admin@e2e.test", name: "E2E Admin", password: "e2e-admin-password", role: "admin" });
  await createUser(null, { email: "editor@e2e.test", name: "E2E Editor", password: "e2e-editor-password", role: "editor" });
  const { db } = await import("../lib/db");
  await db().$disconnect();
}
