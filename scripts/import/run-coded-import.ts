// The command line of the machine importers (npm run import:gdelt, import:icews, import:sipri): checks the
// arguments, runs lib/import/gdelt-import.ts on DATABASE_URL with a progress line on a terminal, prints the
// report; with --dry-run it checks the files and writes nothing. Exits 2 on bad arguments, 1 when the import stopped (what was written is kept).
import { existsSync } from "node:fs";
import { importGdeltFiles } from "../../lib/import/gdelt-import";
import { gdeltSummary, progressLine } from "../../lib/import/format-progress";
import type { MachineFormat } from "../../lib/schemas/import";

/** Runs the import of the files named on the command line as `format` ("gdelt", "icews" or "sipri"). */
export async function runCodedImport(format: MachineFormat): Promise<void> {
  const args = process.argv.slice(2).filter((a) => a !== "--");
  // --dry-run: check the files as /admin/import's "Check file" does; every batch is rolled back.
  const dryRun = args.includes("--dry-run");
  const files = args.filter((a) => a !== "--dry-run");
  const url = process.env.DATABASE_URL;
  const unknown = files.filter((a) => a.startsWith("--"));
  if (!url || files.length === 0 || unknown.length) {
    if (unknown.length) console.error(`Unknown option: ${unknown.join(", ")}`);
    console.error(`Usage: DATABASE_URL=postgresql://... npm run import:${format} -- [--dry-run] FILE [FILE...]`);
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
      format,
      connectionString: url,
      files: files.map((path) => ({ path })),
      actorId: null,
      dryRun,
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
}
