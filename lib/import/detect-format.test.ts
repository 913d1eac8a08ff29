// Format detection on the real fixtures (plain and zipped), on tiny made-up files of the other formats, and on
// the files people pick by mistake: each answer names the format, or says what the file looked like.
import { readFileSync } from "node:fs";
import { zipSync, strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { DETECTION_HEAD_BYTES, DETECTION_RULES, describeUnknown, detectImportFormat } from "./detect-format";

const GDELT = "tests/fixtures/gdelt";
/** The first `bytes` of a fixture, as the page and the server read it. */
const head = (file: string, bytes = DETECTION_HEAD_BYTES) => new Uint8Array(readFileSync(file).subarray(0, bytes));
const text = (value: string) => new TextEncoder().encode(value);

/** A made-up SIPRI trade register in Latin-1, its notes first (shared/data/FORMATS.md). */
const SIPRI = Buffer.from(
  [
    "Transfers of major weapons: Deals with deliveries or orders made for 2019 to 2023",
    "Note: The 'Number delivered' and the 'Year(s) of delivery' columns include all deliveries since the beginning of the contract.",
    "Information generated: 1 December 2026 (made up for tests)",
    "Source: SIPRI Arms Transfers Database",
    "",
    'Recipient,Supplier,Year of order," ",Number ordered," ",Weapon designation,Weapon description,Number delivered," ",Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons',
    'Côte d\'Ivoire,Russia,2019,,2,,Mi-24P,combat helicopter,2,,2020,Second hand,"made up",3.2,6.4,6.4',
  ].join("\n"),
  "latin1",
);

describe("detectImportFormat", () => {
  it("tells the three GDELT layouts apart by their column count", () => {
    expect(detectImportFormat("x.export.CSV", head(`${GDELT}/gdelt2-20191024143000.export.tsv`))).toEqual({
      format: "gdelt", label: "GDELT 2.0 event export (61 columns)", member: null, message: "Rows of 61 tab-separated columns, no header.", expected: [],
    });
    expect(detectImportFormat("x.tsv", head(`${GDELT}/gdelt1-dailyupdates-3rows.tsv`)).label).toBe("GDELT 1.0 daily file (58 columns)");
    expect(detectImportFormat("x.tsv", head(`${GDELT}/gdelt1-historical-derived-57col.tsv`)).label).toBe("GDELT 1.0 historical file (57 columns)");
  });

  it("looks into a zip's first data file, past folders and macOS metadata, from the zip's first bytes only", () => {
    expect(detectImportFormat("daily.zip", head(`${GDELT}/gdelt1-derived-58col.zip`, 4096))).toMatchObject({
      format: "gdelt", label: "GDELT 1.0 daily file (58 columns)", member: "20191024.export.CSV",
    });
    expect(detectImportFormat("mac.zip", head(`${GDELT}/gdelt2-mac-archive.zip`))).toMatchObject({
      format: "gdelt", member: "day/20191024143000.export.CSV",
    });
  });

  it("keeps calling a GDELT file GDELT when one of its first rows is malformed", () => {
    const rows = readFileSync(`${GDELT}/gdelt2-20191024143000.export.tsv`, "utf8").split("\n").slice(0, 5);
    rows[0] = `${rows[0]}\textra`;
    expect(detectImportFormat("x.CSV", text(rows.join("\n"))).format).toBe("gdelt");
  });

  it("reads an ICEWS file by its header row", () => {
    expect(detectImportFormat("events.tab", head("tests/fixtures/icews/icews-made-up.tab"))).toMatchObject({ format: "icews", label: "ICEWS coded events" });
  });

  it("finds a SIPRI register's header row after its notes, in Latin-1", () => {
    expect(detectImportFormat("trade-register.csv", new Uint8Array(SIPRI))).toMatchObject({
      format: "sipri", label: "SIPRI trade register", message: "Header row on line 6, after SIPRI's notes.",
    });
  });

  it("reads the atlas's own CSV by its header, with whatever separator a spreadsheet saved it with, and its JSON", () => {
    expect(detectImportFormat("e.csv", text("id,date,title,countries\n")).format).toBe("events-csv");
    expect(detectImportFormat("e.csv", text("\uFEFFid;date;title;countries\r\n")).message).toBe("A semicolon-separated header row of 4 columns.");
    expect(detectImportFormat("e.json", text('  [{"title": "x"}]')).format).toBe("events-json");
    expect(detectImportFormat("e.json", text('{"events": []}')).format).toBe("events-json");
  });

  it("says what an unknown file looked like and names every format it expected", () => {
    const result = detectImportFormat("notes.txt", text("hello\tworld\tagain\n"));
    expect(result).toMatchObject({ format: "unknown", label: "Unknown format", member: null, message: "notes.txt: Its first line has 3 tab-separated columns." });
    expect(result.expected).toEqual(DETECTION_RULES.map((rule) => rule.expected));
    expect(describeUnknown(result)).toMatch(/^notes\.txt: .* Expected one of: an ICEWS .*; a SIPRI .*; a GDELT .*\.$/);
    expect(detectImportFormat("a.csv", text("Name,Age\n")).message).toMatch(/Its first line reads "Name,Age"/);
  });

  it("names empty files, binary files, gzip files, spreadsheets and zips without data", () => {
    expect(detectImportFormat("empty.csv", new Uint8Array()).message).toMatch(/^empty\.csv is empty\./);
    expect(detectImportFormat("x.gz", new Uint8Array([0x1f, 0x8b, 8, 0, 0, 0])).message).toMatch(/gzip-compressed/);
    expect(detectImportFormat("x.bin", new Uint8Array([1, 2, 0, 3])).message).toMatch(/not text/);
    const xlsx = zipSync({ "[Content_Types].xml": strToU8("<Types/>"), "xl/workbook.xml": strToU8("<workbook/>") });
    expect(detectImportFormat("book.xlsx", xlsx).message).toMatch(/Excel.*save the sheet as CSV/);
    const onlyMetadata = zipSync({ "__MACOSX/._a.csv": strToU8("x"), "folder/": new Uint8Array() });
    expect(detectImportFormat("meta.zip", onlyMetadata)).toMatchObject({ format: "unknown", message: expect.stringMatching(/^meta\.zip is a zip, but no data file/) });
    expect(detectImportFormat("broken.zip", new Uint8Array([0x50, 0x4b, 3, 4, 0xff, 0xff])).format).toBe("unknown");
  });
});
