// Wraps a route handler so no failure escapes as an HTML 500: a database outage answers 503 JSON
// (clients retry), anything else is logged and answers 500 JSON.
import { isDatabaseUnavailable } from "./database-errors";
import { jsonError } from "./responses";

export function handleErrors<Args extends unknown[]>(handler: (...args: Args) => Promise<Response>) {
  return async (...args: Args): Promise<Response> => {
    try {
      return await handler(...args);
    } catch (error) {
      if (isDatabaseUnavailable(error)) {
        // One line, not the stack: an outage answers every request this way, and the log should say why.
        console.error(`503 database unavailable: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
        return jsonError(503, "database_unavailable", "The database is unavailable; try again shortly.");
      }
      console.error(error);
      return jsonError(500, "internal_error", "Something went wrong on our side.");
    }
  };
}

/** Query string as a plain object, so a zod schema can parse it (repeated keys keep the last value). */
export function searchParamsOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
