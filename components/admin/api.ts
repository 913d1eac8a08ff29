// Client-side calls to the JSON write API. Every outcome comes back as a value (never a throw), so forms
// can show the server's field issues, a 409's current record, or a plain message (failureText, in the reader's
// language).
import type { FormTranslate } from "@/lib/forms/event-form-errors";

export interface ApiIssue {
  path: (string | number)[];
  message: string;
}

export type ApiResult<T> =
  | { ok: true; status: number; data: T }
  /** `message`: the server's own (English, as the API writes it), or "" when it sent none; status 0: no answer. */
  | { ok: false; status: number; code: string | null; message: string; issues: ApiIssue[]; current?: unknown; retryAfter?: number };

export async function callApi<T>(method: "POST" | "PATCH" | "DELETE", path: string, body?: unknown): Promise<ApiResult<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: { "content-type": "application/json", accept: "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: "same-origin",
    });
  } catch {
    return { ok: false, status: 0, code: null, message: "", issues: [] };
  }
  const json = (await response.json().catch(() => null)) as
    | (T & { error?: { code?: string; message?: string; issues?: ApiIssue[] }; current?: unknown })
    | null;
  if (response.ok) return { ok: true, status: response.status, data: json as T };
  const retryAfter = Number(response.headers.get("retry-after")) || undefined;
  return {
    ok: false,
    status: response.status,
    code: json?.error?.code ?? null,
    message: json?.error?.message ?? "",
    issues: json?.error?.issues ?? [],
    current: json?.current,
    retryAfter,
  };
}

/**
 * What a failed call says to the reader, in their language: the statuses this file knows get the "failure.*"
 * messages of the "adminForm" namespace; for others the server's own message (English, as the API writes it), or
 * the status when it sent none. The one place a failed call becomes words.
 */
export function failureText(result: { status: number; code: string | null; message: string }, t: FormTranslate): string {
  const { status } = result;
  if (status === 0) return t("failure.unreachable");
  if (status === 401) return t("failure.sessionEnded");
  if (status === 403) return t("failure.forbidden");
  if (status === 413) return t("failure.tooLarge");
  if (status === 503) return t("failure.unavailable");
  if (status >= 500) return t("failure.server");
  return result.message || t("failure.status", { status });
}

/** Server issues keyed by their path ("sources.0.url"), the first message per path. */
export function issuesByPath(issues: ApiIssue[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.join(".");
    out[key] ??= issue.message;
  }
  return out;
}
