// Answers in the API's one error shape, so clients handle every failure the same way.
import { AppError } from "@/lib/server/errors";
import type { ErrorCode, ErrorResponse } from "@/lib/schemas/errors";

/** The answer for an AppError: its code's status, { error: { code, message, issues? } }, and `current` on a conflict. */
export function errorResponse(error: AppError): Response {
  const body: ErrorResponse & { current?: unknown } = {
    error: { code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) },
    ...(error.code === "conflict" ? { current: error.current } : {}),
  };
  return Response.json(body, { status: error.status, headers: error.headers });
}

/** The answer for an error code and message, for code that answers without throwing. */
export function jsonError(code: ErrorCode, message: string, issues?: ErrorResponse["error"]["issues"]): Response {
  return errorResponse(new AppError(code, message, { issues }));
}
