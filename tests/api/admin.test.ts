// Admin-only operations: users, API tokens, links' and countries' curated text; and the change counter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { get, params } from "../support/api";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUserWithToken, jsonRequest } from "../support/users";

let database: TestDatabase;
let admin: Awaited<ReturnType<typeof createUserWithToken>>;
let editor: Awaited<ReturnType<typeof createUserWithToken>>;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  database = await createTestDatabase();
  process.env.DATABASE_URL = database.url;
  admin = await createUserWithToken("admin");
  editor = await createUserWithToken("editor");
});
afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await database.drop();
});

describe("users", () => {
  it("only an admin creates accounts; the new account's email must be new", async () => {
    const { POST } = await import("@/app/api/admin/users/route");
    const body = { email: "new.editor@test.local", name: "New Editor", password: "long enough password", role: "editor" };
    expect((await POST(jsonRequest("POST", "/api/admin/users", body, bearer(editor.token)))).status).toBe(403);
    const created = await POST(jsonRequest("POST", "/api/admin/users", body, bearer(admin.token)));
    expect(created.status).toBe(201);
    expect(((await created.json()) as { user: { role: string } }).user.role).toBe("editor");
    const again = await POST(jsonRequest("POST", "/api/admin/users", body, bearer(admin.token)));
    expect(again.status).toBe(400);
    expect(JSON.stringify(await again.json())).toContain("email");
    const short = await POST(jsonRequest("POST", "/api/admin/users", { ...body, email: "x@test.local", password: "short" }, bearer(admin.token)));
    expect(short.status).toBe(400);
  });

  it("an admin changes roles but cannot demote themselves", async () => {
    const { PATCH } = await import("@/app/api/admin/users/[id]/route");
    const promote = await PATCH(jsonRequest("PATCH", `/api/admin/users/${editor.user.id}`, { role: "admin" }, bearer(admin.token)), params({ id: editor.user.id }));
    expect(promote.status).toBe(200);
    const self = await PATCH(jsonRequest("PATCH", `/api/admin/users/${admin.user.id}`, { role: "editor" }, bearer(admin.token)), params({ id: admin.user.id }));
    expect(self.status).toBe(400);
    await PATCH(jsonRequest("PATCH", `/api/admin/users/${editor.user.id}`, { role: "editor" }, bearer(admin.token)), params({ id: editor.user.id }));
  });
});

describe("API tokens", () => {
  it("an admin creates a token that works at once and stops working when revoked", async () => {
    const { POST } = await import("@/app/api/admin/tokens/route");
    const { DELETE } = await import("@/app/api/admin/tokens/[id]/route");
    const { POST: createEvent } = await import("@/app/api/events/route");
    const created = await POST(jsonRequest("POST", "/api/admin/tokens", { name: "import script" }, bearer(admin.token)));
    expect(created.status).toBe(201);
    const { token } = (await created.json()) as { token: { id: string; token: string } };
    const event = { title: "Token test", date: "2024-01-01", precision: "year", countries: ["IR", "RU"], category: "statement",
      evidence: "reported", score: 0, sources: [{ publisher: "Test", title: "Test" }] };
    expect((await createEvent(jsonRequest("POST", "/api/events", event, bearer(token.token)))).status).toBe(201);
    expect((await DELETE(jsonRequest("DELETE", `/api/admin/tokens/${token.id}`, "", bearer(admin.token)), params({ id: token.id }))).status).toBe(200);
    expect((await createEvent(jsonRequest("POST", "/api/events", event, bearer(token.token)))).status).toBe(401);
  });

  it("editors cannot create tokens", async () => {
    const { POST } = await import("@/app/api/admin/tokens/route");
    expect((await POST(jsonRequest("POST", "/api/admin/tokens", { name: "x" }, bearer(editor.token)))).status).toBe(403);
  });
});

describe("links and countries", () => {
  it("an admin edits a link's title and summary with a version check and an audit entry", async () => {
    const { PATCH } = await import("@/app/api/links/[id]/route");
    const request = (token: string, body: unknown) => PATCH(jsonRequest("PATCH", "/api/links/IR-KP", body, bearer(token)), params({ id: "IR-KP" }));
    expect((await request(editor.token, { version: 1, title: "Editor's title" })).status).toBe(403);
    const ok = await request(admin.token, { version: 1, summary: "A new summary." });
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { link: { version: number } }).link.version).toBe(2);
    expect((await request(admin.token, { version: 1, summary: "Stale." })).status).toBe(409);
    const { db } = await import("@/lib/db");
    const audit = await db().auditEntry.findFirst({ where: { entityType: "link", entityId: "IR-KP" } });
    expect((audit?.after as { summary: string }).summary).toBe("A new summary.");
  });

  it("an admin edits a country's context", async () => {
    const { PATCH } = await import("@/app/api/countries/[iso2]/route");
    const response = await PATCH(jsonRequest("PATCH", "/api/countries/KP", { version: 1, context: "Context text." }, bearer(admin.token)), params({ iso2: "KP" }));
    expect(response.status).toBe(200);
    const { GET } = await import("@/app/api/countries/[iso2]/route");
    const profile = await (await GET(new Request("http://localhost/api/countries/KP"), params({ iso2: "KP" }))).json();
    expect(profile.country.context).toBe("Context text.");
  });
});

describe("GET /api/changes", () => {
  it("moves whenever someone changes something, so open dashboards know to refresh", async () => {
    const { GET } = await import("@/app/api/changes/route");
    const before = ((await (await GET(get("/api/changes"))).json()) as { version: string }).version;
    const { PATCH } = await import("@/app/api/countries/[iso2]/route");
    await PATCH(jsonRequest("PATCH", "/api/countries/IR", { version: 1, context: "Changed." }, bearer(admin.token)), params({ iso2: "IR" }));
    const after = ((await (await GET(get("/api/changes"))).json()) as { version: string }).version;
    expect(BigInt(after)).toBeGreaterThan(BigInt(before));
  });
});
