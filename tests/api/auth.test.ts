// Signing in: cookies, cross-site refusal, and the sign-in rate limit kept in Postgres.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../support/test-database";
import { createUserWithToken, jsonRequest } from "../support/users";
import { validEvent } from "../support/fixtures";

let database: TestDatabase;
let authRoute: typeof import("@/app/api/auth/[...all]/route");
let eventsRoute: typeof import("@/app/api/events/route");
let editor: Awaited<ReturnType<typeof createUserWithToken>>;

beforeAll(async () => {
  database = await createTestDatabase({ seed: true });
  process.env.DATABASE_URL = database.url;
  authRoute = await import("@/app/api/auth/[...all]/route");
  eventsRoute = await import("@/app/api/events/route");
  editor = await createUserWithToken("editor", "editor@test.local");
});
afterAll(async () => {
  const { db } = await import("@/lib/db");
  await db().$disconnect();
  await database.drop();
});

const signIn = (email: string, password: string, ip = "198.51.100.7") =>
  authRoute.POST(
    jsonRequest("POST", "/api/auth/sign-in/email", { email, password }, { origin: "http://localhost", host: "localhost", "x-forwarded-for": ip }),
  );

describe("sign-in", () => {
  it("sets an HttpOnly, SameSite=Lax session cookie that authorises same-origin writes only", async () => {
    const response = await signIn("editor@test.local", editor.password);
    expect(response.status).toBe(200);
    const setCookie = response.headers.get("set-cookie") ?? "";
    expect(setCookie).toMatch(/session_token=/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    const cookie = setCookie.split(";")[0]!;

    const sameSite = await eventsRoute.POST(jsonRequest("POST", "/api/events", validEvent, { cookie, origin: "http://localhost", host: "localhost" }));
    expect(sameSite.status).toBe(201);
    const crossSite = await eventsRoute.POST(jsonRequest("POST", "/api/events", validEvent, { cookie, origin: "https://evil.example", host: "localhost" }));
    expect(crossSite.status).toBe(403);
    const noOrigin = await eventsRoute.POST(jsonRequest("POST", "/api/events", validEvent, { cookie, host: "localhost" }));
    expect(noOrigin.status).toBe(403);
  });

  it("refuses a cross-site write that names this site only in X-Forwarded-Host, with no trusted proxy configured", async () => {
    const cookie = (await signIn("editor@test.local", editor.password, "198.51.100.9")).headers.get("set-cookie")!.split(";")[0]!;
    const claimed = { cookie, origin: "https://evil.example", host: "localhost", "x-forwarded-host": "evil.example" };
    expect((await eventsRoute.POST(jsonRequest("POST", "/api/events", validEvent, claimed))).status).toBe(403);
  });

  it("answers 401 to a wrong password", async () => {
    expect((await signIn("editor@test.local", "wrong password!", "198.51.100.8")).status).toBe(401);
  });

  it("locks an account after five failures, even with the right password or from another address", async () => {
    const victim = await createUserWithToken("editor", "victim@test.local");
    for (let i = 0; i < 5; i++) expect((await signIn("victim@test.local", "guess number " + i, `203.0.113.${i}`)).status).toBe(401);
    const locked = await signIn("victim@test.local", victim.password, "203.0.113.99");
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("limits one address trying many accounts", async () => {
    for (let i = 0; i < 20; i++) await signIn(`nobody${i}@test.local`, "whatever password", "192.0.2.50");
    expect((await signIn("editor@test.local", editor.password, "192.0.2.50")).status).toBe(429);
    expect((await signIn("editor@test.local", editor.password, "192.0.2.51")).status).toBe(200);
  });
});
