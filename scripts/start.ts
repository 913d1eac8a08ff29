// npm start: the whole dashboard with one command. Uses DATABASE_URL when set, else an embedded Postgres
// whose data lives in .data/pglite; migrates and seeds it (once), builds the app when the build is missing
// or stale, and serves it on PORT (3000) with scripts/serve.ts. Ctrl-C stops everything this script started.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { buildIfStale } from "./build-if-stale";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./db/embedded-postgres";
import { applyMigrations, projectRoot } from "./db/migrations";
import { ensurePrismaClient } from "./prisma-generate";
import { describeDatabaseUrl } from "./db/describe-url";
import { ZodError } from "zod";
import { launchEnv, type LaunchEnv } from "../lib/env";
import { ensureAuthSecret } from "./auth-secret";
import { serveCommand } from "./serve-command";

process.env.NEXT_TELEMETRY_DISABLED = "1";
// The environment through the app's own schema (lib/env.ts): a bad value stops here, naming the variable.
const env = readEnvironment();
const port = env.PORT;
let embedded: EmbeddedPostgres | undefined;
let server: ChildProcess | undefined;
let stopping = false;

async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server!.once("exit", resolve));
    }
    await embedded?.stop();
  }
  process.exit(code);
}
process.on("SIGINT", () => void stop(0));
process.on("SIGTERM", () => void stop(0));

try {
  ensurePrismaClient();

  let databaseUrl = env.DATABASE_URL;
  let databaseLabel: string;
  if (databaseUrl) {
    databaseLabel = `${describeDatabaseUrl(databaseUrl)} (from DATABASE_URL)`;
  } else {
    const dataDir = path.join(projectRoot, ".data", "pglite");
    console.log("Starting the embedded PostgreSQL (PGlite)...");
    embedded = await startEmbeddedPostgres({ dataDir, port: env.EMBEDDED_DB_PORT || undefined });
    databaseUrl = embedded.url;
    databaseLabel = `embedded PostgreSQL (PGlite), data in ${path.relative(projectRoot, dataDir)}/, on 127.0.0.1:${embedded.port}`;
  }

  const applied = await applyMigrations(databaseUrl);
  if (applied.length) console.log(`Applied migrations: ${applied.join(", ")}`);

  // Imported here so the Prisma client is loaded only after ensurePrismaClient() generated it.
  const { createPrismaClient } = await import("../lib/prisma-client");
  const { seedDatabase } = await import("../prisma/seed/seed");
  const prisma = createPrismaClient(databaseUrl, { max: 1 });
  const seed = await seedDatabase(prisma).finally(() => prisma.$disconnect());
  if (seed.seeded) console.log(`Seeded ${seed.countries} countries, ${seed.links} links and ${seed.events} events.`);

  // The first admin (needs lib/server, which this process may load because npm start runs it with the
  // react-server condition that Next.js itself uses for server code).
  process.env.DATABASE_URL = databaseUrl;
  process.env.BETTER_AUTH_SECRET ??= ensureAuthSecret();
  const { ensureAdmin } = await import("../lib/server/ensure-admin");
  const admin = await ensureAdmin({ demo: !!embedded });
  const { db } = await import("../lib/db");
  const hasAdmin = (await db().user.count({ where: { role: "admin" } })) > 0;
  await db().$disconnect();

  if (buildIfStale() === "built") console.log("Built the production bundle.");

  const [executable, ...args] = serveCommand(port);
  server = spawn(executable, args, {
    cwd: projectRoot,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: "production", AUTH_INSECURE_COOKIES: process.env.AUTH_INSECURE_COOKIES?.trim() ? env.AUTH_INSECURE_COOKIES : insecureLocalCookies() },
  });
  server.once("exit", (code) => {
    if (!stopping) {
      console.error(`The web server exited (code ${code}).`);
      void stop(code ?? 1);
    }
  });
  await waitForHealth(`http://127.0.0.1:${port}/api/health`, server);
  console.log(`\nAxis Atlas is ready on http://localhost:${port}`);
  console.log(`Database: ${databaseLabel}`);
  if (env.DATABASE_REPLICA_URL) console.log(`Public reads: ${describeDatabaseUrl(env.DATABASE_REPLICA_URL)} (from DATABASE_REPLICA_URL)`);
  if (admin?.password) {
    console.log(`\nA demo admin was created. Sign in at http://localhost:${port}/sign-in with\n  email:    ${admin.email}\n  password: ${admin.password}\n(shown this once; create more accounts at /admin/users)`);
  } else if (admin) {
    console.log(`Created the admin ${admin.email} from ADMIN_EMAIL and ADMIN_PASSWORD.`);
  } else if (!hasAdmin) {
    console.log("No admin account yet: set ADMIN_EMAIL and ADMIN_PASSWORD, or run `npm run admin:create`.");
  }
  console.log("Press Ctrl-C to stop.\n");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  await stop(1);
}

async function waitForHealth(url: string, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("The web server exited before it was ready.");
    const ok = await fetch(url).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`The web server did not answer ${url} within 2 minutes.`);
}

/** Served over plain http on this machine, Secure cookies would be dropped by browsers other than Chromium. */
function insecureLocalCookies(): string {
  return env.BETTER_AUTH_URL?.startsWith("https://") ? "0" : "1";
}

function readEnvironment(): LaunchEnv {
  try {
    return launchEnv();
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    for (const issue of error.issues) console.error(issue.message);
    process.exit(2);
  }
}
