import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { launchEnv } from "./env";

const messages = (source: NodeJS.ProcessEnv) => {
  try {
    launchEnv(source);
    return [];
  } catch (error) {
    if (!(error instanceof ZodError)) throw error;
    return error.issues.map((i) => i.message);
  }
};

describe("the environment, one schema", () => {
  it("takes defaults, and a blank value means unset", () => {
    const env = launchEnv({ PORT: "", NODE_ENV: "test", NEXT_PUBLIC_MAP_STYLE_URL: " " });
    expect(env).toMatchObject({ PORT: 3000, AUTH_INSECURE_COOKIES: "0", NEXT_DIST_DIR: ".next" });
    expect(env.NEXT_PUBLIC_MAP_STYLE_URL).toBeUndefined();
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("names each bad variable", () => {
    expect(messages({ NODE_ENV: "test", PORT: "eighty", DATABASE_URL: "mysql://x", ADMIN_EMAIL: "root", TRUSTED_PROXIES: "10.0.0.0/99" })).toEqual([
      "DATABASE_URL must be a postgresql:// URL",
      expect.stringContaining("TRUSTED_PROXIES"),
      "ADMIN_EMAIL must be an email address",
      "PORT must be a port number",
    ]);
  });

  it("takes an optional read replica URL and names it when it is not a postgresql:// URL", () => {
    expect(launchEnv({ NODE_ENV: "test", DATABASE_URL: "postgresql://writer@primary.internal:5432/atlas", DATABASE_REPLICA_URL: "postgresql://reader@replica.internal:5432/atlas" }).DATABASE_REPLICA_URL).toBe(
      "postgresql://reader@replica.internal:5432/atlas",
    );
    expect(launchEnv({ NODE_ENV: "test", DATABASE_REPLICA_URL: " " }).DATABASE_REPLICA_URL).toBeUndefined();
    const primary = "postgresql://writer@primary.internal:5432/atlas";
    expect(messages({ NODE_ENV: "test", DATABASE_URL: primary, DATABASE_REPLICA_URL: "replica.internal:5432" })).toEqual([
      "DATABASE_REPLICA_URL must be a postgresql:// URL",
    ]);
    expect(messages({ NODE_ENV: "test", DATABASE_URL: primary, DATABASE_REPLICA_URL: "postgresql://replica.internal:port/atlas" })).toEqual([
      "DATABASE_REPLICA_URL must be a postgresql:// URL",
    ]);
    // The embedded database (no DATABASE_URL) has no replica.
    expect(messages({ NODE_ENV: "test", DATABASE_REPLICA_URL: "postgresql://reader@replica.internal:5432/atlas" })).toEqual([
      "DATABASE_REPLICA_URL needs DATABASE_URL: it names a replica of that database",
    ]);
  });

  it("reads only the variables it declares", () => {
    expect(launchEnv({ NODE_ENV: "test", SOMETHING_ELSE: "x" })).not.toHaveProperty("SOMETHING_ELSE");
  });
});
