// Typed fetches against the app's own public API. Errors carry the API's code and message.
import type { ErrorResponse } from "@/lib/schemas/errors";

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code: string | null,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return (await fetchOk(path, "application/json", signal).then((response) => response.json())) as T;
}

/** GET `path` as bytes (e.g. the binary timeline); rejects with ApiError as getJson does. */
export async function getBytes(path: string, accept: string, signal?: AbortSignal): Promise<ArrayBuffer> {
  return (await fetchOk(path, accept, signal)).arrayBuffer();
}

/** GET `path`; a response that is not 2xx, or none at all, rejects with ApiError carrying the API's code and message. */
async function fetchOk(path: string, accept: string, signal?: AbortSignal): Promise<Response> {
  let response: Response;
  try {
    response = await fetch(path, { signal, headers: { accept } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError("The atlas could not be reached. Check your connection and try again.", 0, null);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as Partial<ErrorResponse> | null;
    const message = body?.error?.message ?? `The atlas answered ${response.status}.`;
    throw new ApiError(message, response.status, body?.error?.code ?? null);
  }
  return response;
}
