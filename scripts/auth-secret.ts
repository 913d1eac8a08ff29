// The key that signs session cookies. In production set BETTER_AUTH_SECRET (the same value on every app
// process); for the local quick start one is generated once and kept in .data/auth-secret.
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./db/migrations";

export function ensureAuthSecret(): string {
  const file = path.join(projectRoot, ".data", "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}
