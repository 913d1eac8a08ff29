import { describe, expect, it } from "vitest";
import { eventsCsvPage } from "@/lib/export/events";
import type { EventExportRow } from "@/lib/schemas/export";
import { detectFormat, parseEventsFile } from "./events-file";

const row: EventExportRow = {
  id: "0190c0de-0000-7000-8000-000000000001",
  title: "Test visit, with \"quotes\"",
  summary: "Line one\nline two",
  date: "2024-05-01",
  dateEnd: "2024-05-31",
  precision: "month",
  countries: ["KP", "RU"],
  roles: { KP: "supplier", RU: "recipient" },
  category: "diplomatic_visit",
  evidence: "reported",
  score: -2.5,
  cameoCode: "042",
  origin: "machine",
  externalId: "gdelt:1",
  tivMillions: 12.5,
  sources: [{ url: "https://example.org/a", publisher: "Example", title: "A; b", publishedOn: "2024-05-02" }],
};

describe("own-format events files", () => {
  it("reads a CSV that a spreadsheet saved with semicolons, as Excel does where the decimal mark is a comma", () => {
    const semicolons = eventsCsvPage([row], true).replace(/^[^\n]*/, (header) => header.replaceAll(",", ";"));
    // Only the header is rewritten here, so give the data row semicolons too, quoting as Excel does.
    const [header] = semicolons.split("\n");
    const dataRow = [row.id, row.date, row.dateEnd, row.precision, `"${row.title.replaceAll('"', '""')}"`, `"${row.summary}"`, "KP,RU", "\"KP:supplier;RU:recipient\"", row.category, row.evidence, "-2.5", row.cameoCode, row.origin, row.externalId, "12.5", `"${JSON.stringify(row.sources).replaceAll('"', '""')}"`].join(";");
    const parsed = parseEventsFile(`${header!.trimEnd()}\r\n${dataRow}\r\n`, "csv");
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows.map((r) => [r.event.title, r.event.countries, r.event.score, r.event.sources[0]!.title])).toEqual([[row.title, ["KP", "RU"], -2.5, "A; b"]]);
  });

  it("names the separators it tried when the first line is no header, and counts no rows", () => {
    const parsed = parseEventsFile("hello|world\n1|2\n", "csv");
    expect(parsed.rowCount).toBe(0);
    expect(parsed.issues).toEqual([{ row: 0, path: [], message: expect.stringMatching(/^the first line is not the events format's header: separated by commas, semicolons or tabs/) }]);
  });

  it("drops NUL bytes, which PostgreSQL's text cannot hold", () => {
    const parsed = parseEventsFile(eventsCsvPage([{ ...row, title: "Test\u0000 visit" }], true), "csv");
    expect(parsed.rows[0]!.event.title).toBe("Test visit");
  });

  it("reads an export made before roles existed (no roles or tivMillions columns) as events without roles", () => {
    const old = eventsCsvPage([row], true)
      .split("\r\n")
      .map((line, i) => {
        if (!line) return line;
        const cells = i === 0 ? line.split(",") : null;
        return cells ? cells.filter((c) => c !== "roles" && c !== "tivMillions").join(",") : line.replace(",KP:supplier;RU:recipient,", ",").replace(",gdelt:1,12.5,", ",gdelt:1,");
      })
      .join("\r\n");
    const parsed = parseEventsFile(old, "csv");
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows.map((r) => [r.event.roles, r.tivMillions])).toEqual([[{}, null]]);
  });

  it("names the roles column when a role is not one of the four", () => {
    const csv = eventsCsvPage([row], true).replace("KP:supplier;RU:recipient", "KP:seller;RU:recipient");
    expect(parseEventsFile(csv, "csv").issues).toEqual([{ row: 1, path: ["roles"], message: expect.stringContaining('"KP:seller" is not') }]);
  });

  it("refuses roles that do not fit the countries, naming roles", () => {
    const csv = eventsCsvPage([{ ...row, roles: { KP: "supplier", RU: "target" } }], true);
    expect(parseEventsFile(csv, "csv").issues).toEqual([{ row: 1, path: ["roles"], message: "must use either actor and target, or supplier and recipient, not both" }]);
  });

  it("reads back the CSV the export writes", () => {
    const parsed = parseEventsFile(eventsCsvPage([row], true), "csv");
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        row: 1,
        id: row.id,
        origin: "machine",
        externalId: "gdelt:1",
        tivMillions: 12.5,
        event: {
          title: row.title, summary: row.summary, date: row.date, precision: "month", countries: ["KP", "RU"],
          roles: { KP: "supplier", RU: "recipient" },
          category: "diplomatic_visit", evidence: "reported", score: -2.5, cameoCode: "042", sources: row.sources,
        },
      },
    ]);
  });

  it("reads back the JSON the export writes, and a bare array", () => {
    expect(parseEventsFile(JSON.stringify({ events: [row] }), "json").rows).toHaveLength(1);
    expect(parseEventsFile(JSON.stringify([row, { ...row, id: null, externalId: null }]), "json").rows).toHaveLength(2);
  });

  it("reports every invalid row with its number, field and message", () => {
    const bad = [row, { ...row, id: "", externalId: "", score: 11, countries: ["KP"], roles: {} }, { ...row, id: "", externalId: "", date: "2024-05-02" }];
    const { issues } = parseEventsFile(JSON.stringify(bad), "json");
    expect(issues).toEqual([
      { row: 2, path: ["countries"], message: "must name at least two different countries" },
      { row: 2, path: ["score"], message: "must be between -10 and 10" },
      { row: 3, path: ["date"], message: "must be the first day of the month (2024-05-01) for a date known only to the month" },
    ]);
  });

  it("names unknown and missing CSV columns, bad JSON in the sources column, and repeated ids", () => {
    expect(parseEventsFile("title,colour\nx,red\n", "csv").issues.map((i) => i.path[0])).toEqual(
      expect.arrayContaining(["colour", "date", "sources"]),
    );
    const csv = eventsCsvPage([row, { ...row, id: "", externalId: "" }], true);
    const broken = csv.slice(0, csv.lastIndexOf('"[{')) + '"[{{' + csv.slice(csv.lastIndexOf('"[{') + 3);
    expect(parseEventsFile(broken, "csv").issues).toEqual([
      { row: 2, path: ["sources"], message: expect.stringMatching(/^must be a JSON array of sources/) },
    ]);
    expect(parseEventsFile(eventsCsvPage([row, row], true), "csv").issues).toEqual([
      { row: 2, path: ["id"], message: "repeats row 1" },
      { row: 2, path: ["externalId"], message: "repeats row 1" },
    ]);
  });

  it("tells JSON from CSV by the content type or the first character", () => {
    expect(detectFormat("id,title", "text/csv")).toBe("csv");
    expect(detectFormat(" [", null)).toBe("json");
    expect(detectFormat("\uFEFFid,title", null)).toBe("csv");
  });
});
