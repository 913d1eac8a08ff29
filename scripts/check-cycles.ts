// npm run check:cycles: fails (exit 1) when any import cycle joins the project's own modules, type-only imports
// included, listing each cycle. dpdm (a maintained dependency-graph tool) resolves the tsconfig's @/ alias;
// node_modules and the generated Prisma client, whose own files import each other, are left out.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const globs = ["app", "components", "lib", "scripts", "prisma", "e2e", "tests"].flatMap((dir) => [`${dir}/**/*.ts`, `${dir}/**/*.tsx`]);
const result = spawnSync(
  path.join(root, "node_modules", ".bin", "dpdm"),
  ["--no-warning", "--no-tree", "--tsconfig", "tsconfig.json", "--exclude", "node_modules|lib/generated", "--exit-code", "circular:1", ...globs, "proxy.ts"],
  { cwd: root, stdio: "inherit" },
);
process.exit(result.status ?? 1);
