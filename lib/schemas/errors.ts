// The one error shape every endpoint answers with: { error: { code, message, issues? } }. The codes are the
// application's error vocabulary (lib/server/errors.ts throws them), each with the one HTTP status it answers.
import { z } from "zod";

/** Each error code and its HTTP status (RFC 9110 §15). */
export const ERROR_STATUS = {
  invalid_request: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  too_many_requests: 429,
  internal_error: 500,
  database_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;
export const ERROR_CODES = Object.keys(ERROR_STATUS) as [ErrorCode, ...ErrorCode[]];
export const ErrorCodeSchema = z.enum(ERROR_CODES);

/** One failed field: its path (["from"], ["sources", 0, "url"], or a row number first for bulk imports) and why. */
export const ErrorIssueSchema = z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() });
export type ErrorIssue = z.infer<typeof ErrorIssueSchema>;

export const ErrorResponseSchema = z.object({
  error: z.object({
    code: ErrorCodeSchema,
    message: z.string(),
    issues: z.array(ErrorIssueSchema).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
