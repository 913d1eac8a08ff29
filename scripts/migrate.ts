// npm run db:migrate: applies prisma/migrations to DATABASE_URL with no download (see scripts/db/schema-engine.ts).
import { applyMigrations } from "./db/migrations";

const url = process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. (npm start migrates its embedded database by itself.)");
  process.exit(2);
}
const applied = await applyMigrations(url);
console.log(applied.length ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
