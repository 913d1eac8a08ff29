// Own-format import: who may, all-or-nothing with a report of every invalid row, and the round trip:
// an export imported into an empty events table reproduces the same events.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EventsExportSchema, type EventExportRow } from "@/lib/schemas/export";
import { get } from "../support/api";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUserWithToken } from "../support/users";

let database: TestDatabase;
let prisma: import("@/lib/prisma-client").PrismaClient;
let importRoute: typeof import("@/app/api/import/events/route");
let eventsCsv: typeof import("@/app/api/export/events.csv/route");
let eventsJson: typeof import("@/app/api/export/events.json/route");
let editor: string;
let viewer: string;

const auth = (token: string) => ({ authorization: `Bearer ${token}` });
const post = (body: BodyInit, headers: Record<string, string> = {}, query = "") =>
  importRoute.POST(new Request(`http://localhost/api/import/events${query}`, { method: "POST", body, headers: { ...auth(editor), ...headers } }));

const exportJson = async () => EventsExportSchema.parse(await (await eventsJson.GET(get("/api/export/events.json"))).json());
const exportCsv = async () => (await eventsCsv.GET(get("/api/export/events.csv"))).text();

/** Events without their ids' order mattering: the export sorts by date then id. */
const comparable = (events: EventExportRow[]) => [...events].sort((a, b) => a.id.localeCompare(b.id));

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  importRoute = await import("@/app/api/import/events/route");
  eventsCsv = await import("@/app/api/export/events.csv/route");
  eventsJson = await import("@/app/api/export/events.json/route");
  prisma = (await import("@/lib/db")).db();
  editor = (await createUserWithToken("editor")).token;
  viewer = (await createUserWithToken("viewer")).token;
  // Machine-coded events too, so the round trip covers origin and external ids.
  const { importGdeltFiles } = await import("@/lib/import/gdelt-import");
  await importGdeltFiles({ connectionString: database.url, files: [{ path: "tests/fixtures/gdelt/gdelt2-20191024143000.export.tsv" }], actorId: null });
});

afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

const newEvent = (overrides: Record<string, unknown> = {}) => ({
  title: "Imported delegation",
  summary: "",
  date: "2024-05-01",
  precision: "month",
  countries: ["KP", "VE"],
  category: "diplomatic_visit",
  evidence: "reported",
  score: 2,
  cameoCode: null,
  sources: [{ url: "https://example.org/x", publisher: "Example", title: "X", publishedOn: null }],
  ...overrides,
});

describe("POST /api/import/events", () => {
  it("refuses anonymous callers (401) and viewers (403)", async () => {
    expect((await post("[]", { authorization: "" })).status).toBe(401);
    expect((await post("[]", auth(viewer))).status).toBe(403);
  });

  it("writes nothing when any row is invalid, and lists every invalid row with its field", async () => {
    const before = await prisma.event.count();
    const rows = [newEvent(), newEvent({ countries: ["KP", "ZZ"] }), newEvent({ score: "high", title: "" }), newEvent()];
    const response = await post(JSON.stringify({ events: rows }), { "content-type": "application/json" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { code: string; message: string; issues: { path: (string | number)[]; message: string }[] } };
    expect(body.error.code).toBe("invalid_request");
    expect(body.error.message).toMatch(/^2 of 4 rows are invalid; nothing was imported/);
    expect(body.error.issues).toEqual([
      { path: [2, "countries", 1], message: "ZZ is not a country we know" },
      { path: [3, "title"], message: "is required" },
      { path: [3, "score"], message: "must be a number from -10 to 10" },
    ]);
    expect(await prisma.event.count()).toBe(before);
  });

  it("reports CSV rows by their number under the header", async () => {
    const csv = "title,date,precision,countries,category,evidence,score,sources\r\nA,2024-05-01,month,KP;VE,diplomatic_visit,reported,1,[]\r\n";
    const response = await post(csv, { "content-type": "text/csv" });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: { path: (string | number)[] }[] } };
    expect(body.error.issues).toEqual([{ path: [1, "sources"], message: "must list at least one source" }]);
  });

  it("imports a CSV a spreadsheet saved with semicolons, and says what is wrong with a file it cannot read, never 'of 0 rows'", async () => {
    const excel =
      'title;date;precision;countries;category;evidence;score;sources\r\n' +
      '"Semicolon visit";2024-05-01;month;KP,VE;diplomatic_visit;reported;1;"[{""url"":null,""publisher"":""Ministry"",""title"":""Statement"",""publishedOn"":null}]"\r\n';
    const saved = await post(excel, { "content-type": "text/csv" });
    expect(saved.status).toBe(200);
    expect(((await saved.json()) as { report: { imported: number } }).report.imported).toBe(1);
    expect(await prisma.event.count({ where: { title: "Semicolon visit" } })).toBe(1);

    const unreadable = await post("a|b\r\n1|2\r\n", { "content-type": "text/csv" });
    expect(unreadable.status).toBe(400);
    const { error } = (await unreadable.json()) as { error: { message: string } };
    expect(error.message).toMatch(/^The file could not be read as events: the first line is not the events format's header/);
    expect(error.message).not.toMatch(/of 0/);
  });

  it("imports a valid file whole, creating links for new pairs and one audit entry", async () => {
    const before = await prisma.event.count();
    const audits = await prisma.auditEntry.count({ where: { entityType: "import" } });
    const response = await post(JSON.stringify([newEvent(), newEvent({ countries: ["CU", "KP", "VE"], title: "Three-way" })]));
    expect(response.status).toBe(200);
    const { report } = (await response.json()) as { report: { imported: number; rows: number; linksCreated: number; format: string } };
    expect(report).toMatchObject({ format: "json", rows: 2, imported: 2, alreadyPresent: 0 });
    expect(report.linksCreated).toBeGreaterThanOrEqual(2);
    expect(await prisma.event.count()).toBe(before + 2);
    expect(await prisma.link.findUnique({ where: { id: "CU-VE" } })).not.toBeNull();
    expect(await prisma.auditEntry.count({ where: { entityType: "import" } })).toBe(audits + 1);
    const event = await prisma.event.findFirstOrThrow({ where: { title: "Three-way" }, include: { participants: true } });
    expect(event).toMatchObject({ origin: "curated", precision: "month" });
    expect(event.occurredEnd.toISOString().slice(0, 10)).toBe("2024-05-31");
    expect(event.participants).toHaveLength(3);
  });

  it("adds nothing when an export is imported into the database it came from", async () => {
    const before = await prisma.event.count();
    const response = await post(await exportCsv(), { "content-type": "text/csv" });
    expect(response.status).toBe(200);
    const { report } = (await response.json()) as { report: { imported: number; alreadyPresent: number } };
    expect(report.imported).toBe(0);
    expect(report.alreadyPresent).toBe(before);
    expect(await prisma.event.count()).toBe(before);
  });
});

describe("export -> import round trip", () => {
  it.each(["csv", "json"] as const)("an events.%s export imported into an empty events table reproduces the same events", async (format) => {
    const original = await exportJson();
    expect(original.events.some((e) => e.origin === "machine")).toBe(true);
    expect(original.events.some((e) => e.origin === "curated" && e.precision !== "day")).toBe(true);
    const file = format === "csv" ? await exportCsv() : JSON.stringify(original);

    await prisma.event.deleteMany({});
    expect(await prisma.event.count()).toBe(0);
    const response = await post(file, {}, `?format=${format}`);
    expect(response.status).toBe(200);
    const { report } = (await response.json()) as { report: { imported: number } };
    expect(report.imported).toBe(original.count);

    const again = await exportJson();
    expect(comparable(again.events)).toEqual(comparable(original.events));
  });
});
