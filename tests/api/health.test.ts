import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../scripts/db/embedded-postgres";
import { get } from "../support/api";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

describe("GET /api/health", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase({ seed: false });
  });
  afterAll(async () => {
    await database.drop();
  });

  it("answers 200 ok when the database answers", async () => {
    process.env.DATABASE_URL = database.url;
    const { GET } = await import("@/app/api/health/route");
    const response = await GET();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
    const { db } = await import("@/lib/db");
    await db().$disconnect();
  });
});

describe("with the database unreachable", () => {
  beforeAll(async () => {
    const { vi } = await import("vitest");
    vi.resetModules();
    delete (globalThis as { prisma?: unknown }).prisma;
    process.env.DATABASE_URL = `postgresql://nobody@127.0.0.1:${await freePort()}/none`;
  });

  it("health answers 503 and the API answers 503 JSON, not a crash", async () => {
    const health = await (await import("@/app/api/health/route")).GET();
    expect(health.status).toBe(503);
    expect(((await health.json()) as { status: string }).status).toBe("unavailable");

    const links = await (await import("@/app/api/links/route")).GET(get("/api/links"));
    expect(links.status).toBe(503);
    expect(((await links.json()) as { error: { code: string } }).error.code).toBe("database_unavailable");
  });
});
