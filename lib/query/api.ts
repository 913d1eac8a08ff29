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
  let response: Response;
  try {
    response = await fetch(path, { signal, headers: { accept: "application/json" } });
  } catch (cause) {
    if (signal?.aborted) throw cause;
    throw new ApiError("The atlas could not be reached. Check your connection and try again.", 0, null);
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as Partial<ErrorResponse> | null;
    const message = body?.error?.message ?? `The atlas answered ${response.status}.`;
    throw new ApiError(message, response.status, body?.error?.code ?? null);
  }
  return (await response.json()) as T;
}
