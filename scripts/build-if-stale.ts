// Builds the production bundle when it is missing or older than the sources, so `npm start` always
// serves what is checked out without rebuilding on every start.
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./db/migrations";

// messages/ (the interface languages) and proxy.ts are read by the build too.
const INPUTS = ["app", "components", "lib", "messages", "public", "next.config.js", "proxy.ts", "package-lock.json", "tsconfig.json", "prisma/schema.prisma"];
const SKIP = new Set(["node_modules", "generated", ".next"]);

function* files(entry: string): Generator<string> {
  const full = path.join(projectRoot, entry);
  if (!existsSync(full)) return;
  if (statSync(full).isFile()) return yield entry;
  for (const name of readdirSync(full).sort()) {
    if (SKIP.has(name) || name.endsWith(".test.ts")) continue;
    yield* files(path.join(entry, name));
  }
}

/** A hash of every file the build reads; changes whenever a rebuild is needed. */
export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const input of INPUTS) for (const file of files(input)) hash.update(file).update(readFileSync(path.join(projectRoot, file)));
  return hash.digest("hex");
}

export function buildIfStale(distDir = process.env.NEXT_DIST_DIR || ".next"): "built" | "fresh" {
  const marker = path.join(projectRoot, distDir, "axis-source-hash");
  const hash = sourceHash();
  if (existsSync(path.join(projectRoot, distDir, "BUILD_ID")) && existsSync(marker) && readFileSync(marker, "utf8") === hash) {
    return "fresh";
  }
  const next = path.join(projectRoot, "node_modules", "next", "dist", "bin", "next");
  execFileSync(process.execPath, [next, "build"], {
    cwd: projectRoot,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NEXT_DIST_DIR: distDir },
  });
  writeFileSync(marker, hash);
  return "built";
}
