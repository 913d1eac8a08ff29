// Writes a GDELT 2.0 export file of `rows` rows that all become events (two different atlas countries, a
// known CAMEO code, a date in the past, a unique GLOBALEVENTID and source URL), shaped like the real
// export in tests/fixtures/gdelt, so a test knows exactly which rows go into which import batch.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "./app-process";

const COUNTRIES = ["USA", "CHN", "RUS", "GBR", "IRN", "PRK", "KOR", "JPN", "IND", "ISR", "SYR", "UKR", "TUR", "DEU", "FRA", "PAK"];
// CAMEO code -> its Goldstein score (lib/gdelt/data/CAMEO.goldsteinscale.txt).
const CODES: [string, string][] = [["042", "1.9"], ["043", "2.8"], ["044", "2.5"], ["057", "8.0"], ["112", "-2.0"], ["163", "-8.0"], ["190", "-10.0"], ["036", "4.0"]];
export const FIRST_ID = 700_000_000;

export function writeGdeltFile(file: string, rows: number): void {
  const template = readFileSync(path.join(projectRoot, "tests/fixtures/gdelt/gdelt2-20191024143000.export.tsv"), "utf8").split("\n")[0]!.split("\t");
  const lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const f = [...template];
    const a1 = COUNTRIES[i % COUNTRIES.length]!;
    const a2 = COUNTRIES[(i * 7 + 1 + Math.floor(i / COUNTRIES.length)) % COUNTRIES.length]!;
    const actor2 = a2 === a1 ? COUNTRIES[(COUNTRIES.indexOf(a1) + 1) % COUNTRIES.length]! : a2;
    const [code, goldstein] = CODES[i % CODES.length]!;
    const year = 2015 + (i % 10);
    const month = String(1 + (i % 12)).padStart(2, "0");
    const day = String(1 + (i % 28)).padStart(2, "0");
    const id = String(FIRST_ID + i);
    f[0] = id;
    f[1] = `${year}${month}${day}`;
    f[2] = `${year}${month}`;
    f[3] = String(year);
    f[5] = a1; f[6] = `${a1} GOVERNMENT`; f[7] = a1;
    f[15] = actor2; f[16] = `${actor2} GOVERNMENT`; f[17] = actor2;
    f[26] = code; f[27] = code; f[28] = code.slice(0, 2);
    f[29] = Number(code.slice(0, 2)) <= 5 ? "1" : Number(code.slice(0, 2)) <= 14 ? "3" : "4";
    f[30] = goldstein;
    f[59] = `${year}${month}${day}120000`;
    f[60] = `https://news.example.org/${year}/${month}/${day}/story-${id}`;
    lines.push(f.join("\t"));
  }
  writeFileSync(file, `${lines.join("\n")}\n`);
}

/** The external id the importer gives row `index` (0-based) of the file. */
export const externalIdOfRow = (index: number) => `gdelt:${FIRST_ID + index}`;
