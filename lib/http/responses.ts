// JSON responses in the API's one error shape, so clients handle every failure the same way.
import type { z } from "zod";
import type { ErrorResponse } from "@/lib/schemas/errors";

type ErrorCode = ErrorResponse["error"]["code"];

export function jsonError(status: number, code: ErrorCode, message: string, issues?: ErrorResponse["error"]["issues"]) {
  const body: ErrorResponse = { error: { code, message, ...(issues ? { issues } : {}) } };
  return Response.json(body, { status });
}

/** 400 naming each field that failed, e.g. { path: ["from"], message: "must be a calendar date..." }. */
export function invalidRequest(error: z.ZodError) {
  const issues = error.issues.map((issue) => ({
    path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)),
    message: issue.message,
  }));
  const fields = [...new Set(issues.map((i) => i.path.join(".") || "(request)"))].join(", ");
  return jsonError(400, "invalid_request", `Invalid request: ${fields}`, issues);
}

export function notFound(message: string) {
  return jsonError(404, "not_found", message);
}

/** The body of a 404, for answers built elsewhere (see cached-json.ts). */
export function notFoundBody(message: string): ErrorResponse {
  return { error: { code: "not_found", message } };
}
