// npm run import:events -- FILE : imports a CSV or JSON file in the atlas's own events format (what
// GET /api/export/events.* writes) into DATABASE_URL. All or nothing: any invalid row is listed and
// nothing is written (exit code 1).
import { readFile } from "node:fs/promises";
import path from "node:path";

const file = process.argv.slice(2).filter((a) => a !== "--")[0];
if (!process.env.DATABASE_URL || !file) {
  console.error("Usage: DATABASE_URL=postgresql://... npm run import:events -- FILE.csv|FILE.json");
  process.exit(2);
}
const { detectFormat } = await import("../lib/import/events-file");
const { importEvents } = await import("../lib/server/import-events");
const { db } = await import("../lib/db");
try {
  const text = await readFile(file, "utf8");
  const result = await importEvents(null, text, detectFormat(text, path.extname(file)), path.basename(file));
  if (result.ok) {
    const r = result.report;
    console.log(`Imported ${r.imported} of ${r.rows} events (${r.alreadyPresent} already in the atlas); ${r.linksCreated} new links.`);
  } else {
    const rows = new Set(result.issues.map((i) => i.row)).size;
    console.error(`${rows} of ${result.rowCount} rows are invalid; nothing was imported:`);
    for (const issue of result.issues) {
      console.error(`  row ${issue.row}${issue.path.length ? `, ${issue.path.join(".")}` : ""}: ${issue.message}`);
    }
    process.exitCode = 1;
  }
} finally {
  await db().$disconnect();
}
