// The OpenAPI document: valid OpenAPI 3.1, documents every route handler in app/api, and every documented
// operation (GETs and the writes, with an editor's or admin's token) answers on the seeded database with a
// documented status and a body that fits the documented schema, for its success and its documented failures.
// Each case builds its own input (its own event, user or token to act on), so cases share no mutable state.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { validate } from "@readme/openapi-parser";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUserWithToken, jsonRequest } from "../support/users";
import { VERSIONED_PATHS, versionedTemplate, type VersionedPath } from "@/lib/http/versioned-paths";

type Doc = {
  openapi: string;
  paths: Record<string, Record<string, {
    parameters?: { name: string; in: string }[];
    responses: Record<string, { content?: Record<string, { schema: object }> }>;
    security: object[];
  }>>;
  components: { securitySchemes: Record<string, unknown> };
};

// Route modules by documented path (Next.js's folders: [id] -> {id}).
const ROUTES: Record<string, () => Promise<Record<string, unknown>>> = {
  "/api/health": () => import("@/app/api/health/route"),
  "/api/changes": () => import("@/app/api/changes/route"),
  "/api/links": () => import("@/app/api/links/route"),
  "/api/timeline": () => import("@/app/api/timeline/route"),
  "/api/compare": () => import("@/app/api/compare/route"),
  "/api/links/{id}": () => import("@/app/api/links/[id]/route"),
  "/api/links/{id}/events": () => import("@/app/api/links/[id]/events/route"),
  "/api/countries": () => import("@/app/api/countries/route"),
  "/api/countries/{iso2}": () => import("@/app/api/countries/[iso2]/route"),
  "/api/events": () => import("@/app/api/events/route"),
  "/api/events/{id}": () => import("@/app/api/events/[id]/route"),
  "/api/events/{id}/restore": () => import("@/app/api/events/[id]/restore/route"),
  "/api/admin/users": () => import("@/app/api/admin/users/route"),
  "/api/admin/users/{id}": () => import("@/app/api/admin/users/[id]/route"),
  "/api/admin/tokens": () => import("@/app/api/admin/tokens/route"),
  "/api/admin/tokens/{id}": () => import("@/app/api/admin/tokens/[id]/route"),
  "/api/export/events.csv": () => import("@/app/api/export/events.csv/route"),
  "/api/export/events.json": () => import("@/app/api/export/events.json/route"),
  "/api/export/links.csv": () => import("@/app/api/export/links.csv/route"),
  "/api/export/links.json": () => import("@/app/api/export/links.json/route"),
  "/api/export/links.geojson": () => import("@/app/api/export/links.geojson/route"),
  "/api/import": () => import("@/app/api/import/route"),
  "/api/import/events": () => import("@/app/api/import/events/route"),
  "/api/import/gdelt": () => import("@/app/api/import/gdelt/route"),
  "/api/import/icews": () => import("@/app/api/import/icews/route"),
  "/api/import/sipri": () => import("@/app/api/import/sipri/route"),
  "/api/import/jobs/{id}": () => import("@/app/api/import/jobs/[id]/route"),
  "/api/openapi.json": () => import("@/app/api/openapi.json/route"),
  "/api/docs": () => import("@/app/api/docs/route"),
  "/api/auth/sign-in/email": () => import("@/app/api/auth/[...all]/route"),
  "/api/auth/sign-out": () => import("@/app/api/auth/[...all]/route"),
  "/api/auth/get-session": () => import("@/app/api/auth/[...all]/route"),
  // The versioned reads: one catch-all route (skipped by the file walk below), called as Next.js would for each path.
  ...Object.fromEntries(VERSIONED_PATHS.map((p) => [versionedTemplate(p), () => versionedModule(versionedTemplate(p))])),
};

/** The versioned route as a module whose GET takes the documented path's parameters ({ version, id }). */
async function versionedModule(template: string): Promise<Record<string, unknown>> {
  const { GET } = await import("@/app/api/v/[version]/[...path]/route");
  return {
    GET: async (request: Request, context: { params: Promise<Record<string, string>> }) => {
      const params = await context.params;
      const path = template.replace(/\{(\w+)\}/g, (_t, name: string) => params[name]!).split("/").slice(4);
      return GET(request, { params: Promise.resolve({ version: params.version!, path }) });
    },
  };
}

/** GET /api/changes's snapshot, for the versioned cases' `{version}`. */
async function snapshot(): Promise<string> {
  const { GET } = await import("@/app/api/changes/route");
  return ((await (await GET(new Request("http://localhost/api/changes"))).json()) as { snapshot: string }).snapshot;
}

let database: TestDatabase;
let doc: Doc;
/** API tokens of an editor and an admin, for the operations that need one. */
const tokens = { editor: "", admin: "" };

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const route = await import("@/app/api/openapi.json/route");
  const response = route.GET();
  expect(response.status).toBe(200);
  doc = (await response.json()) as Doc;
  tokens.editor = (await createUserWithToken("editor")).token;
  tokens.admin = (await createUserWithToken("admin")).token;
});

afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await database.drop();
});

function routeFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return routeFiles(full);
    return entry.name === "route.ts" ? [full] : [];
  });
}

describe("GET /api/openapi.json", () => {
  it("is a valid OpenAPI 3.1 document", async () => {
    expect(doc.openapi).toBe("3.1.0");
    const result = await validate(structuredClone(doc) as never);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(Object.keys(doc.components.securitySchemes).sort()).toEqual(["bearer", "session"]);
  });

  it("documents every route handler in app/api", async () => {
    const files = routeFiles("app/api").filter((f) => !f.includes("[...")); // catch-alls: the JSON 404 and Better Auth
    for (const file of files) {
      const documented = "/" + path.dirname(file).replace(/\\/g, "/").replace(/^app\//, "").replace(/\[(\w+)\]/g, "{$1}");
      if (documented === "/api/docs/styles.css") continue; // the docs page's stylesheet
      expect(ROUTES[documented], `${file} -> ${documented} is listed in this test`).toBeDefined();
      const module = await ROUTES[documented]!();
      const methods = ["GET", "POST", "PATCH", "DELETE", "PUT"].filter((m) => typeof module[m] === "function");
      for (const method of methods) expect(doc.paths[documented]?.[method.toLowerCase()], `${method} ${documented}`).toBeDefined();
    }
    for (const documented of Object.keys(doc.paths)) expect(ROUTES[documented], documented).toBeDefined();
  });

  it("marks editor and admin endpoints with both security schemes, and public ones with none", () => {
    expect(doc.paths["/api/events"]!.post!.security).toEqual([{ session: [] }, { bearer: [] }]);
    expect(doc.paths["/api/links"]!.get!.security).toEqual([]);
  });
});

type Method = "get" | "post" | "patch" | "delete";
type Who = "editor" | "admin" | null;

/** One request to a documented operation, built fresh by its case (nothing is shared between cases). */
interface Call {
  params?: Record<string, string>;
  query?: string;
  /** JSON, sent with content-type application/json; or `raw` for a file upload. */
  json?: unknown;
  raw?: { body: string; contentType: string };
  headers?: Record<string, string>;
}

interface Case {
  method: Method;
  path: string;
  status: number;
  as: Who;
  /** What the case is about, for its name. */
  what: string;
  build: () => Promise<Call> | Call;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats.default(ajv);

async function call(method: Method, docPath: string, as: Who, request: Call): Promise<Response> {
  const module = await ROUTES[docPath]!();
  const params = request.params ?? {};
  const url = docPath.replace(/\{(\w+)\}/g, (_token, name: string) => encodeURIComponent(params[name]!));
  const headers: Record<string, string> = { ...request.headers };
  if (as) headers.authorization = `Bearer ${tokens[as]}`;
  let body: string | undefined;
  if (request.json !== undefined) {
    headers["content-type"] = "application/json";
    body = JSON.stringify(request.json);
  } else if (request.raw) {
    headers["content-type"] = request.raw.contentType;
    body = request.raw.body;
  }
  const handler = module[method.toUpperCase()] as (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;
  expect(handler, `${method.toUpperCase()} ${docPath} has a handler`).toBeTypeOf("function");
  return handler(new Request(`http://localhost${url}${request.query ?? ""}`, { method: method.toUpperCase(), headers, body }), { params: Promise.resolve(params) });
}

/** The response's status is documented for the operation, and its body fits the documented media type and schema. */
async function checkAgainstDoc(method: Method, docPath: string, response: Response) {
  const operation = doc.paths[docPath]![method]!;
  const name = `${method.toUpperCase()} ${docPath}`;
  const documented = operation.responses[String(response.status)];
  expect(documented, `${name} answered ${response.status}, which is not documented`).toBeDefined();
  const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
  if (!documented!.content) {
    // Documented without a body (a redirect, Better Auth's 401): nothing more to check.
    return;
  }
  const media = documented!.content[type];
  expect(media, `${name} answered ${response.status} as "${type}", which is not documented`).toBeDefined();
  if (type.includes("json")) {
    const body = await response.json();
    const check = ajv.compile(media!.schema);
    expect(check(body), `${name} ${response.status}: ${ajv.errorsText(check.errors)}`).toBe(true);
  } else {
    expect((await response.text()).length, `${name} ${response.status} has a body`).toBeGreaterThan(0);
  }
}

/** A JSON body a case sends as valid input fits the operation's documented request schema. */
function checkRequestAgainstDoc(method: Method, docPath: string, json: unknown) {
  const body = (doc.paths[docPath]![method] as unknown as { requestBody?: { content: Record<string, { schema: object }> } }).requestBody;
  const schema = body?.content["application/json"]?.schema;
  expect(schema, `${method.toUpperCase()} ${docPath} documents a JSON body`).toBeDefined();
  const check = ajv.compile(schema!);
  expect(check(json), `${method.toUpperCase()} ${docPath} request: ${ajv.errorsText(check.errors)}`).toBe(true);
}

const db = async () => (await import("@/lib/db")).db();
const unique = () => Math.random().toString(36).slice(2, 10);
const UNKNOWN_EVENT = "0190c0de-0000-7000-8000-000000000000";

/** A valid new KP-RU event, different every time. */
const newEvent = () => ({
  title: `OpenAPI example ${unique()}`,
  summary: "Made by tests/api/openapi.test.ts.",
  date: "2024-03-01",
  precision: "month",
  countries: ["KP", "RU"],
  category: "statement",
  evidence: "reported",
  score: 1.5,
  cameoCode: null,
  sources: [{ url: "https://example.org/openapi", publisher: "Example", title: "A report", publishedOn: null }],
});

/** An event of its own for a case to edit, retire or restore. */
async function freshEvent(retired = false): Promise<{ id: string; version: number }> {
  const response = await call("post", "/api/events", "editor", { json: newEvent() });
  expect(response.status).toBe(201);
  let { event } = (await response.json()) as { event: { id: string; version: number } };
  if (retired) {
    const retire = await call("delete", "/api/events/{id}", "editor", { params: { id: event.id }, json: { version: event.version } });
    expect(retire.status).toBe(200);
    event = ((await retire.json()) as { event: { id: string; version: number } }).event;
  }
  return event;
}

async function freshUser() {
  return (await createUserWithToken("editor")).user;
}

async function gdeltJob(): Promise<string> {
  const started = await call("post", "/api/import/gdelt", "editor", { query: "?name=three.tsv", raw: { body: "1\t2\t3\n", contentType: "text/tab-separated-values" } });
  expect(started.status).toBe(202);
  return ((await started.json()) as { job: { id: string } }).job.id;
}

const GET_CASES: Case[] = [
  ...["/api/health", "/api/changes", "/api/links", "/api/countries", "/api/events", "/api/timeline", "/api/openapi.json", "/api/docs",
    "/api/auth/get-session", "/api/export/events.csv", "/api/export/events.json", "/api/export/links.csv", "/api/export/links.json", "/api/export/links.geojson",
  ].map((path): Case => ({ method: "get", path, status: 200, as: null, what: "on the seed", build: () => ({}) })),
  { method: "get", path: "/api/compare", status: 200, as: null, what: "two periods", build: () => ({ query: "?a=2019-01..2022-12&b=2023-01..2024-12" }) },
  { method: "get", path: "/api/links/{id}", status: 200, as: null, what: "IR-KP", build: () => ({ params: { id: "IR-KP" } }) },
  { method: "get", path: "/api/links/{id}", status: 308, as: null, what: "a reversed id", build: () => ({ params: { id: "KP-IR" } }) },
  { method: "get", path: "/api/links/{id}", status: 404, as: null, what: "a pair with no link", build: () => ({ params: { id: "AD-ZW" } }) },
  { method: "get", path: "/api/links/{id}", status: 400, as: null, what: "no link id", build: () => ({ params: { id: "nonsense" } }) },
  { method: "get", path: "/api/links/{id}/events", status: 200, as: null, what: "KP-RU's events", build: () => ({ params: { id: "KP-RU" }, query: "?limit=2" }) },
  { method: "get", path: "/api/links/{id}/events", status: 308, as: null, what: "a reversed id", build: () => ({ params: { id: "RU-KP" } }) },
  { method: "get", path: "/api/links/{id}/events", status: 400, as: null, what: "a cursor that is no event id", build: () => ({ params: { id: "KP-RU" }, query: "?cursor=12" }) },
  { method: "get", path: "/api/links/{id}/events", status: 404, as: null, what: "a pair with no link", build: () => ({ params: { id: "AD-ZW" } }) },
  { method: "get", path: "/api/countries/{iso2}", status: 200, as: null, what: "KP", build: () => ({ params: { iso2: "KP" } }) },
  { method: "get", path: "/api/countries/{iso2}", status: 404, as: null, what: "no such code", build: () => ({ params: { iso2: "ZZ" } }) },
  { method: "get", path: "/api/events/{id}", status: 200, as: null, what: "a live event", build: async () => ({ params: { id: (await (await db()).event.findFirstOrThrow({ where: { retired: false } })).id } }) },
  { method: "get", path: "/api/events/{id}", status: 404, as: null, what: "no such event", build: () => ({ params: { id: UNKNOWN_EVENT } }) },
  ...["/api/links", "/api/countries", "/api/events", "/api/timeline"].map((path): Case => ({
    method: "get", path: versionedTemplate(path as VersionedPath), status: 200, as: null, what: "at the current snapshot", build: async () => ({ params: { version: await snapshot() } }),
  })),
  { method: "get", path: "/api/v/{version}/compare", status: 200, as: null, what: "two periods", build: async () => ({ params: { version: await snapshot() }, query: "?a=2019-01..2022-12&b=2023-01..2024-12" }) },
  { method: "get", path: "/api/v/{version}/links/{id}", status: 200, as: null, what: "IR-KP", build: async () => ({ params: { version: await snapshot(), id: "IR-KP" } }) },
  { method: "get", path: "/api/v/{version}/links/{id}/events", status: 200, as: null, what: "KP-RU's events", build: async () => ({ params: { version: await snapshot(), id: "KP-RU" }, query: "?limit=2" }) },
  { method: "get", path: "/api/v/{version}/countries/{iso2}", status: 200, as: null, what: "KP", build: async () => ({ params: { version: await snapshot(), iso2: "KP" } }) },
  { method: "get", path: "/api/v/{version}/links", status: 307, as: null, what: "an older snapshot", build: () => ({ params: { version: "0-2000-01-01" } }) },
  { method: "get", path: "/api/v/{version}/links", status: 503, as: null, what: "a snapshot not reached yet", build: () => ({ params: { version: "999999999999-2999-01-01" } }) },
  { method: "get", path: "/api/v/{version}/countries/{iso2}", status: 400, as: null, what: "a malformed snapshot", build: () => ({ params: { version: "latest", iso2: "KP" } }) },
  { method: "get", path: "/api/import/jobs/{id}", status: 200, as: "editor", what: "a job just started", build: async () => ({ params: { id: await gdeltJob() } }) },
  { method: "get", path: "/api/import/jobs/{id}", status: 401, as: null, what: "anonymous", build: () => ({ params: { id: UNKNOWN_EVENT } }) },
  { method: "get", path: "/api/import/jobs/{id}", status: 404, as: "editor", what: "no such job", build: () => ({ params: { id: UNKNOWN_EVENT } }) },
];

const MUTATION_CASES: Case[] = [
  { method: "post", path: "/api/events", status: 201, as: "editor", what: "a new event", build: () => ({ json: newEvent() }) },
  { method: "post", path: "/api/events", status: 400, as: "editor", what: "no title", build: () => ({ json: { ...newEvent(), title: "" } }) },
  { method: "post", path: "/api/events", status: 401, as: null, what: "anonymous", build: () => ({ json: newEvent() }) },
  { method: "post", path: "/api/events", status: 413, as: "editor", what: "a body over 100 KB", build: () => ({ json: { ...newEvent(), summary: "x".repeat(101 * 1024) } }) },
  { method: "patch", path: "/api/events/{id}", status: 200, as: "editor", what: "a new title", build: async () => {
    const { id, version } = await freshEvent();
    return { params: { id }, json: { version, title: `Edited ${unique()}` } };
  } },
  { method: "patch", path: "/api/events/{id}", status: 409, as: "editor", what: "a stale version", build: async () => {
    const { id, version } = await freshEvent();
    return { params: { id }, json: { version: version + 1, title: `Edited ${unique()}` } };
  } },
  { method: "patch", path: "/api/events/{id}", status: 400, as: "editor", what: "a score off the scale", build: async () => {
    const { id, version } = await freshEvent();
    return { params: { id }, json: { version, score: 11 } };
  } },
  { method: "patch", path: "/api/events/{id}", status: 404, as: "editor", what: "no such event", build: () => ({ params: { id: UNKNOWN_EVENT }, json: { version: 1, title: "x" } }) },
  { method: "delete", path: "/api/events/{id}", status: 200, as: "editor", what: "retire", build: async () => {
    const { id, version } = await freshEvent();
    return { params: { id }, json: { version } };
  } },
  { method: "delete", path: "/api/events/{id}", status: 404, as: "editor", what: "no such event", build: () => ({ params: { id: UNKNOWN_EVENT }, json: {} }) },
  { method: "post", path: "/api/events/{id}/restore", status: 200, as: "editor", what: "a retired event", build: async () => {
    const { id, version } = await freshEvent(true);
    return { params: { id }, json: { version } };
  } },
  { method: "post", path: "/api/events/{id}/restore", status: 409, as: "editor", what: "a stale version", build: async () => {
    const { id, version } = await freshEvent(true);
    return { params: { id }, json: { version: version - 1 } };
  } },
  { method: "patch", path: "/api/links/{id}", status: 200, as: "admin", what: "a new summary", build: async () => {
    const { version } = await (await db()).link.findUniqueOrThrow({ where: { id: "CN-KP" } });
    return { params: { id: "CN-KP" }, json: { version, summary: `Edited by the OpenAPI test ${unique()}.` } };
  } },
  { method: "patch", path: "/api/links/{id}", status: 403, as: "editor", what: "an editor", build: () => ({ params: { id: "CN-KP" }, json: { version: 1, summary: "x" } }) },
  { method: "patch", path: "/api/links/{id}", status: 409, as: "admin", what: "a stale version", build: async () => {
    const { version } = await (await db()).link.findUniqueOrThrow({ where: { id: "IR-RU" } });
    return { params: { id: "IR-RU" }, json: { version: version + 1, summary: "x" } };
  } },
  { method: "patch", path: "/api/links/{id}", status: 404, as: "admin", what: "a pair with no link", build: () => ({ params: { id: "AD-ZW" }, json: { version: 1, summary: "x" } }) },
  { method: "patch", path: "/api/countries/{iso2}", status: 200, as: "admin", what: "a new context", build: async () => {
    const { version } = await (await db()).country.findUniqueOrThrow({ where: { id: "KP" } });
    return { params: { iso2: "KP" }, json: { version, context: `Edited by the OpenAPI test ${unique()}.` } };
  } },
  { method: "patch", path: "/api/countries/{iso2}", status: 409, as: "admin", what: "a stale version", build: async () => {
    const { version } = await (await db()).country.findUniqueOrThrow({ where: { id: "IR" } });
    return { params: { iso2: "IR" }, json: { version: version + 1, context: "x" } };
  } },
  { method: "patch", path: "/api/countries/{iso2}", status: 400, as: "admin", what: "no version", build: () => ({ params: { iso2: "KP" }, json: { context: "x" } }) },
  { method: "post", path: "/api/admin/users", status: 201, as: "admin", what: "a new editor", build: () => ({
    json: { email: `openapi-${unique()}@test.local`, name: "OpenAPI example", password: "correct horse battery", role: "editor" },
  }) },
  { method: "post", path: "/api/admin/users", status: 400, as: "admin", what: "no email", build: () => ({ json: { email: "not an address", name: "x", password: "correct horse battery", role: "editor" } }) },
  { method: "post", path: "/api/admin/users", status: 403, as: "editor", what: "an editor", build: () => ({
    json: { email: `openapi-${unique()}@test.local`, name: "x", password: "correct horse battery", role: "editor" },
  }) },
  { method: "patch", path: "/api/admin/users/{id}", status: 200, as: "admin", what: "a new role", build: async () => ({ params: { id: (await freshUser()).id }, json: { role: "admin" } }) },
  { method: "patch", path: "/api/admin/users/{id}", status: 404, as: "admin", what: "no such user", build: () => ({ params: { id: "nobody" }, json: { role: "admin" } }) },
  { method: "post", path: "/api/admin/tokens", status: 201, as: "admin", what: "a token for someone", build: async () => ({ json: { name: "OpenAPI example", userId: (await freshUser()).id } }) },
  { method: "post", path: "/api/admin/tokens", status: 404, as: "admin", what: "no such user", build: () => ({ json: { name: "OpenAPI example", userId: "nobody" } }) },
  { method: "delete", path: "/api/admin/tokens/{id}", status: 200, as: "admin", what: "revoke", build: async () => ({ params: { id: (await createUserWithToken("editor")).tokenId } }) },
  { method: "delete", path: "/api/admin/tokens/{id}", status: 404, as: "admin", what: "no such token", build: () => ({ params: { id: UNKNOWN_EVENT } }) },
  { method: "delete", path: "/api/admin/tokens/{id}", status: 400, as: "admin", what: "an id that is no UUID", build: () => ({ params: { id: "nothing" } }) },
  { method: "post", path: "/api/import/events", status: 200, as: "editor", what: "a JSON file of one event", build: () => ({ query: "?format=json", raw: { body: JSON.stringify([newEvent()]), contentType: "application/json" } }) },
  { method: "post", path: "/api/import/events", status: 400, as: "editor", what: "an invalid row", build: () => ({
    query: "?format=json", raw: { body: JSON.stringify([newEvent(), { ...newEvent(), countries: ["KP"] }]), contentType: "application/json" },
  }) },
  { method: "post", path: "/api/import/events", status: 401, as: null, what: "anonymous", build: () => ({ raw: { body: "[]", contentType: "application/json" } }) },
  { method: "post", path: "/api/import", status: 202, as: "editor", what: "a GDELT file, detected and checked", build: () => ({
    query: "?dryRun=true&name=one.export.CSV", raw: { body: `${readFileSync("tests/fixtures/gdelt/gdelt1-dailyupdates-3rows.tsv", "utf8")}`, contentType: "text/tab-separated-values" },
  }) },
  { method: "post", path: "/api/import", status: 200, as: "editor", what: "an events file, checked", build: () => ({ query: "?format=events-json&dryRun=1", raw: { body: JSON.stringify([newEvent()]), contentType: "application/json" } }) },
  { method: "post", path: "/api/import", status: 400, as: "editor", what: "a file of no known format", build: () => ({ query: "?name=notes.txt", raw: { body: "hello\n", contentType: "text/plain" } }) },
  { method: "post", path: "/api/import", status: 401, as: null, what: "anonymous", build: () => ({ raw: { body: "[]", contentType: "application/json" } }) },
  { method: "post", path: "/api/import/gdelt", status: 202, as: "editor", what: "a file", build: () => ({ query: "?name=one.tsv", raw: { body: "1\t2\t3\n", contentType: "text/tab-separated-values" } }) },
  { method: "post", path: "/api/import/icews", status: 202, as: "editor", what: "a file", build: () => ({ query: "?name=one.tab", raw: { body: `${["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country", "Latitude", "Longitude"].join("\t")}\n`, contentType: "text/tab-separated-values" } }) },
  { method: "post", path: "/api/import/sipri", status: 202, as: "editor", what: "a file", build: () => ({ query: "?name=one.csv", raw: { body: "Recipient,Supplier,Year of order,\" \",Number ordered,\" \",Weapon designation,Weapon description,Number delivered,\" \",Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons\n", contentType: "text/csv" } }) },
  { method: "post", path: "/api/import/sipri", status: 400, as: "editor", what: "an empty file", build: () => ({ query: "?name=empty.csv", raw: { body: "", contentType: "text/csv" } }) },
  { method: "post", path: "/api/import/icews", status: 400, as: "editor", what: "an empty file", build: () => ({ query: "?name=empty.tab", raw: { body: "", contentType: "text/tab-separated-values" } }) },
  { method: "post", path: "/api/import/gdelt", status: 400, as: "editor", what: "an empty file", build: () => ({ query: "?name=empty.tsv", raw: { body: "", contentType: "text/tab-separated-values" } }) },
  { method: "post", path: "/api/auth/sign-in/email", status: 200, as: null, what: "the right password", build: async () => {
    const { user, password } = await createUserWithToken("editor");
    return { json: { email: user.email, password }, headers: { origin: "http://localhost", host: "localhost" } };
  } },
  { method: "post", path: "/api/auth/sign-in/email", status: 401, as: null, what: "a wrong password", build: () => ({
    json: { email: `nobody-${unique()}@test.local`, password: "wrong password" }, headers: { origin: "http://localhost", host: "localhost" },
  }) },
  { method: "post", path: "/api/auth/sign-out", status: 200, as: null, what: "a session", build: async () => {
    const { user, password } = await createUserWithToken("editor");
    const signIn = await call("post", "/api/auth/sign-in/email", null, { json: { email: user.email, password }, headers: { origin: "http://localhost", host: "localhost" } });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
    return { headers: { origin: "http://localhost", host: "localhost", cookie } };
  } },
];

describe("every documented operation answers as documented", () => {
  it("has cases here for every documented operation, a successful one each", () => {
    const documented = Object.entries(doc.paths).flatMap(([p, methods]) => Object.keys(methods).map((m) => `${m} ${p}`)).sort();
    const succeeding = [...new Set([...GET_CASES, ...MUTATION_CASES].filter((c) => c.status < 300).map((c) => `${c.method} ${c.path}`))].sort();
    expect(succeeding).toEqual(documented);
  });

  it.each([...GET_CASES, ...MUTATION_CASES].map((c) => [`${c.method.toUpperCase()} ${c.path} (${c.what}) answers ${c.status}`, c] as const))("%s", async (_name, c) => {
    expect(doc.paths[c.path]?.[c.method], `${c.method.toUpperCase()} ${c.path} is documented`).toBeDefined();
    const request = await c.build();
    if (c.status < 300 && request.json !== undefined) checkRequestAgainstDoc(c.method, c.path, request.json);
    const response = await call(c.method, c.path, c.as, request);
    expect(response.status, await response.clone().text()).toBe(c.status);
    await checkAgainstDoc(c.method, c.path, response);
  });

  it("answers a documented 400 in the error shape for a bad filter, on every GET that takes `from`", async () => {
    const filtered = Object.entries(doc.paths).filter(([, ops]) => ops.get?.parameters?.some((p) => p.in === "query" && p.name === "from")).map(([p]) => p);
    expect(filtered).toContain("/api/links");
    for (const docPath of filtered) {
      const bad = await call("get", docPath, null, { params: { id: "IR-KP", iso2: "KP", version: await snapshot() }, query: "?from=not-a-date" });
      expect(bad.status, docPath).toBe(400);
      await checkAgainstDoc("get", docPath, bad);
    }
  });

  it("the docs page renders every documented operation from the same document", async () => {
    const html = await (await call("get", "/api/docs", null, {})).text();
    for (const [p, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) expect(html).toContain(`<span class="method ${method}">${method.toUpperCase()}</span> <code>${p}</code>`);
    }
    expect(html).not.toMatch(/<script|https?:\/\/(?!json-schema\.org)[a-z]/i);
  });
});
