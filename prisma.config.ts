// Prisma CLI configuration. The CLI is only used for `prisma generate` here (scripts/prisma-generate.ts);
// migrations are applied by scripts/migrate.ts with Prisma's schema engine compiled to WASM, which needs no download.
import { defineConfig } from "prisma/config";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/unused" },
});
