// Two projects: unit tests sit next to the code they test (lib/**, prisma/**); integration tests (tests/**)
// run the API's route handlers against a real PostgreSQL, each file in its own fresh database.
import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "@": path.resolve(import.meta.dirname),
  // Next.js resolves "server-only" to an empty module on the server; outside Next it throws, so stub it.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", sequence: { groupOrder: 0 }, include: ["lib/**/*.test.ts", "prisma/**/*.test.ts", "scripts/**/*.test.ts"] },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          sequence: { groupOrder: 1 },
          include: ["tests/**/*.test.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Each file creates its own database; two at a time keeps the embedded server and a small CI machine happy.
          maxWorkers: 2,
        },
      },
    ],
  },
});
