// npm run import:icews -- FILE... : imports ICEWS coded-event files (tab-separated with a header row, plain or
// .zip; lib/icews/map-row.ts) into DATABASE_URL. Only rows whose source and target countries are two different
// countries of the atlas become events (machine-coded, "reported"); the rest are counted by reason. The ICEWS
// Event ID is the external id, so importing a file again adds nothing.
import { existsSync } from "node:fs";
import { importGdeltFiles } from "../lib/import/gdelt-import";
import { gdeltSummary, progressLine } from "../lib/import/format-progress";

const files = process.argv.slice(2).filter((a) => a !== "--");
const url = process.env.DATABASE_URL;
if (!url || files.length === 0) {
  console.error("Usage: DATABASE_URL=postgresql://... npm run import:icews -- FILE [FILE...]");
  process.exit(2);
}
const missing = files.filter((f) => !existsSync(f));
if (missing.length) {
  console.error(`No such file: ${missing.join(", ")}`);
  process.exit(2);
}

const tty = process.stderr.isTTY;
let last = 0;
try {
  const report = await importGdeltFiles({
    format: "icews",
    connectionString: url,
    files: files.map((path) => ({ path })),
    actorId: null,
    onProgress: (p) => {
      if (!tty || (!p.done && performance.now() - last < 200)) return;
      last = performance.now();
      process.stderr.write(`\r${progressLine(p)}\x1b[K${p.done ? "\n" : ""}`);
    },
  });
  console.log(gdeltSummary(report));
} catch (error) {
  if (tty) process.stderr.write("\n");
  console.error(`Import stopped: ${error instanceof Error ? error.message : String(error)}`);
  console.error("Batches written so far are kept; run the same command again to finish (it skips what is already imported).");
  process.exitCode = 1;
}
