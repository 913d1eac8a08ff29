// The server the Playwright suite runs against: the production build (rebuilt when stale) served by
// `next start` on a fresh, seeded database that is dropped when Playwright stops this process.
// Refuses a non-local DATABASE_URL, because it creates and drops databases there.
import { spawn } from "node:child_process";
import path from "node:path";
import { buildIfStale } from "./build-if-stale";
import { projectRoot } from "./db/migrations";
import { ensurePrismaClient } from "./prisma-generate";
import { createTestDatabase } from "../tests/support/test-database";

const port = Number(process.env.E2E_PORT ?? 3210);
const base = process.env.DATABASE_URL;
if (base && !["localhost", "127.0.0.1", "[::1]"].includes(new URL(base).hostname)) {
  console.error(`Refusing to run e2e tests against the non-local database ${new URL(base).hostname}.`);
  process.exit(2);
}

ensurePrismaClient();
buildIfStale();
const database = await createTestDatabase();
const next = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
const server = spawn(process.execPath, [next, "start", "--port", String(port)], {
  cwd: projectRoot,
  stdio: "inherit",
  env: { ...process.env, DATABASE_URL: database.url, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" },
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
    console.error(`next start exited (code ${code})`);
    void database.drop().finally(() => process.exit(1));
  }
});
