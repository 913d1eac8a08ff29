// The OpenAPI document: valid OpenAPI 3.1, documents every route handler in app/api, and every documented
// GET answers on the seeded database with a documented status and a body that fits the documented schema.
import { readdirSync } from "node:fs";
import path from "node:path";
import { validate } from "@readme/openapi-parser";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUserWithToken, jsonRequest } from "../support/users";

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
  "/api/import/events": () => import("@/app/api/import/events/route"),
  "/api/import/gdelt": () => import("@/app/api/import/gdelt/route"),
  "/api/import/jobs/{id}": () => import("@/app/api/import/jobs/[id]/route"),
  "/api/openapi.json": () => import("@/app/api/openapi.json/route"),
  "/api/docs": () => import("@/app/api/docs/route"),
  "/api/auth/sign-in/email": () => import("@/app/api/auth/[...all]/route"),
  "/api/auth/sign-out": () => import("@/app/api/auth/[...all]/route"),
  "/api/auth/get-session": () => import("@/app/api/auth/[...all]/route"),
};

let database: TestDatabase;
let doc: Doc;
let editor: string;
const examples: Record<string, string> = { "{id}": "", "{iso2}": "KP" };

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  const route = await import("@/app/api/openapi.json/route");
  const response = route.GET();
  expect(response.status).toBe(200);
  doc = (await response.json()) as Doc;
  editor = (await createUserWithToken("editor")).token;
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

describe("every documented GET answers as documented on the seeded database", () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats.default(ajv);

  async function call(docPath: string, query = ""): Promise<Response> {
    const module = await ROUTES[docPath]!();
    const params: Record<string, string> = {};
    const url = docPath.replace(/\{(\w+)\}/g, (token, name: string) => {
      params[name] = examples[token]!;
      return examples[token]!;
    });
    const headers: Record<string, string> = doc.paths[docPath]!.get!.security.length ? { authorization: `Bearer ${editor}` } : {};
    const handler = module.GET as (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response> | Response;
    return handler(new Request(`http://localhost${url}${query}`, { headers }), { params: Promise.resolve(params) });
  }

  async function checkAgainstDoc(docPath: string, response: Response) {
    const documented = doc.paths[docPath]!.get!.responses[String(response.status)];
    expect(documented, `${docPath} answered ${response.status}, which is not documented`).toBeDefined();
    const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim();
    const content = documented!.content ?? {};
    const media = content[type];
    expect(media, `${docPath} answered ${type}, not documented`).toBeDefined();
    if (type.includes("json")) {
      const body = await response.json();
      const check = ajv.compile(media!.schema);
      expect(check(body), `${docPath}: ${ajv.errorsText(check.errors)}`).toBe(true);
    }
  }

  it.each([
    "/api/health", "/api/changes", "/api/links", "/api/links/{id}", "/api/countries", "/api/countries/{iso2}", "/api/events/{id}",
    "/api/export/events.csv", "/api/export/events.json", "/api/export/links.csv", "/api/export/links.json", "/api/export/links.geojson",
    "/api/import/jobs/{id}", "/api/openapi.json", "/api/docs", "/api/auth/get-session", "/api/events", "/api/timeline",
  ])("GET %s", async (docPath) => {
    expect(doc.paths[docPath]?.get, `${docPath} is documented`).toBeDefined();
    const { db } = await import("@/lib/db");
    if (docPath === "/api/links/{id}") examples["{id}"] = "IR-KP";
    if (docPath === "/api/events/{id}") examples["{id}"] = (await db().event.findFirstOrThrow({ where: { retired: false } })).id;
    if (docPath === "/api/import/jobs/{id}") {
      const upload = await import("@/app/api/import/gdelt/route");
      const started = await upload.POST(
        new Request("http://localhost/api/import/gdelt?name=three.tsv", {
          method: "POST",
          headers: { authorization: `Bearer ${editor}` },
          body: "1\t2\t3\n",
        }),
      );
      expect(started.status).toBe(202);
      examples["{id}"] = ((await started.json()) as { job: { id: string } }).job.id;
    }
    const response = await call(docPath);
    expect(response.status).toBe(200);
    await checkAgainstDoc(docPath, response);

    // Endpoints with query filters answer a documented 400 in the error shape for a bad one.
    if (doc.paths[docPath]!.get!.parameters?.some((p) => p.in === "query" && p.name === "from")) {
      const bad = await call(docPath, "?from=not-a-date");
      expect(bad.status).toBe(400);
      await checkAgainstDoc(docPath, bad);
    }
  });

  it("a documented 404 in the error shape for an unknown record", async () => {
    for (const [docPath, missing] of [["/api/links/{id}", "AD-ZW"], ["/api/countries/{iso2}", "ZZ"], ["/api/events/{id}", "0190c0de-0000-7000-8000-000000000000"]] as const) {
      examples[docPath.includes("iso2") ? "{iso2}" : "{id}"] = missing;
      const response = await call(docPath);
      expect(response.status).toBe(404);
      await checkAgainstDoc(docPath, response);
    }
    examples["{iso2}"] = "KP";
  });

  it("the docs page renders every documented operation from the same document", async () => {
    const html = await (await call("/api/docs")).text();
    for (const [p, methods] of Object.entries(doc.paths)) {
      for (const method of Object.keys(methods)) expect(html).toContain(`<span class="method ${method}">${method.toUpperCase()}</span> <code>${p}</code>`);
    }
    expect(html).not.toMatch(/<script|https?:\/\/(?!json-schema\.org)[a-z]/i);
  });
});

describe("sign-in body matches the documented request schema", () => {
  it("POST /api/auth/sign-in/email with a documented body answers a documented status", async () => {
    const module = await import("@/app/api/auth/[...all]/route");
    const response = await module.POST(jsonRequest("POST", "/api/auth/sign-in/email", { email: "nobody@test.local", password: "wrong password" }, { origin: "http://localhost", host: "localhost" }));
    expect(Object.keys(doc.paths["/api/auth/sign-in/email"]!.post!.responses)).toContain(String(response.status));
  });
});
