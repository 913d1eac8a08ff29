import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/prisma-client";
import { seedDatabase } from "../../prisma/seed/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

let database: TestDatabase;
let prisma: PrismaClient;

beforeAll(async () => {
  database = await createTestDatabase({ seed: false });
  prisma = createPrismaClient(database.url, { max: 2 });
});
afterAll(async () => {
  await prisma.$disconnect();
  await database.drop();
});

describe("seeding", () => {
  it("fills an empty database once and never twice, even when two starts race", async () => {
    const results = await Promise.all([seedDatabase(prisma), seedDatabase(prisma)]);
    expect(results.filter((r) => r.seeded)).toHaveLength(1);
    expect(await seedDatabase(prisma)).toMatchObject({ seeded: false });
    expect(await prisma.country.count()).toBe(197);
    expect(await prisma.link.count()).toBe(6);
    expect(await prisma.event.count()).toBe(10);
    expect(await prisma.source.count()).toBe(10);
  });
});
