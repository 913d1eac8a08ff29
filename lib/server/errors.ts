// The application's one error type. Operations (lib/server/*) and the route builders (lib/http/*) throw it
// with a code from the API's error vocabulary (lib/schemas/errors.ts); the route builders turn it into that
// code's HTTP status and the API's error shape, for reads and writes alike.
import type { z } from "zod";
import { ERROR_STATUS, type ErrorCode, type ErrorIssue } from "@/lib/schemas/errors";

export class AppError extends Error {
  readonly code: ErrorCode;
  /** Each failed field, for invalid_request. */
  readonly issues?: ErrorIssue[];
  /** For conflict: the record as it is now, so the client can show or reload it. */
  readonly current?: unknown;
  /** Headers the answer must carry (Retry-After for too_many_requests). */
  readonly headers?: Record<string, string>;

  constructor(code: ErrorCode, message: string, details: { issues?: ErrorIssue[]; current?: unknown; headers?: Record<string, string> } = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.issues = details.issues;
    this.current = details.current;
    this.headers = details.headers;
  }

  /** The HTTP status of this error's code. */
  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** No such record (404). */
export function notFound(message: string): AppError {
  return new AppError("not_found", message);
}

/** The record changed since the caller read it: a stale `version` (409), carrying the current record. */
export function conflict(current: unknown): AppError {
  return new AppError("conflict", "The record was changed by someone else since you loaded it.", { current });
}

/** Input that passed the schema but not a check that needs the database, e.g. an unknown country (400). */
export function invalidInput(issues: ErrorIssue[]): AppError {
  return new AppError("invalid_request", issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "), { issues });
}

/**
 * A zod failure as a 400 naming each field: "Invalid request: from, category" with an issue per failure.
 * `prefix` goes before each path (e.g. the row number of a bulk import).
 */
export function invalidRequest(error: z.ZodError, prefix: (string | number)[] = []): AppError {
  const issues = error.issues.map((issue) => ({
    path: [...prefix, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))],
    message: issue.message,
  }));
  const fields = [...new Set(issues.map((i) => i.path.join(".") || "(request)"))].join(", ");
  return new AppError("invalid_request", `Invalid request: ${fields}`, { issues });
}
