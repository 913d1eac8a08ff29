// Which failures answer 503 (the database is away or saturated: try again) rather than 500 (our bug).
import { describe, expect, it } from "vitest";
import { isDatabaseUnavailable } from "./database-errors";

describe("isDatabaseUnavailable", () => {
  it("recognises a refused or cut connection, however deeply wrapped", () => {
    expect(isDatabaseUnavailable(Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }))).toBe(true);
    expect(isDatabaseUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    expect(isDatabaseUnavailable({ name: "DriverAdapterError", cause: { cause: { kind: "DatabaseNotReachable" } } })).toBe(true);
  });

  it("recognises a pool that stayed busy (P2024, and P2028 when a transaction could not start in time)", () => {
    expect(isDatabaseUnavailable({ code: "P2024", message: "Timed out fetching a new connection from the connection pool." })).toBe(true);
    expect(isDatabaseUnavailable({ code: "P2028", message: "Transaction API error: Unable to start a transaction in the given time." })).toBe(true);
  });

  it("leaves other errors to be 500s", () => {
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined"))).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2002", message: "Unique constraint failed on the fields: (`external_id`)" })).toBe(false);
    expect(isDatabaseUnavailable({ code: "P2028", message: "Transaction API error: Transaction already closed: A commit cannot be executed on an expired transaction." })).toBe(false);
  });
});
