// Generates the Prisma client into lib/generated/prisma when schema.prisma changed since the last run.
// The Prisma CLI tries to download a native schema engine first; pointing PRISMA_SCHEMA_ENGINE_BINARY at
// any existing file skips that, and `generate` itself needs no engine (the client uses the WASM compiler).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot, schemaPath } from "./db/migrations";

const marker = path.join(projectRoot, "lib", "generated", "prisma", ".schema-hash");

export function ensurePrismaClient({ force = false } = {}): void {
  const hash = createHash("sha256").update(readFileSync(schemaPath)).digest("hex");
  if (!force && existsSync(marker) && readFileSync(marker, "utf8") === hash) return;
  const cli = path.join(projectRoot, "node_modules", "prisma", "build", "index.js");
  // Quiet unless it fails: the CLI's chatter would bury the start script's own messages.
  const result = spawnSync(process.execPath, [cli, "generate"], {
    cwd: projectRoot,
    encoding: "utf8",
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: schemaPath, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" },
  });
  if (result.status !== 0) {
    process.stderr.write(result.stdout + result.stderr);
    throw new Error("prisma generate failed");
  }
  writeFileSync(marker, hash);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensurePrismaClient({ force: true });
  console.log("Generated the Prisma client in lib/generated/prisma.");
}
