// Which messages the browser needs: all of the active locale's except the namespaces only the server renders
// (page metadata, the not-found page, the API docs title, the admin events list). Keeps the page's payload to what hydration uses.
import type { AbstractIntlMessages } from "next-intl";

/** Namespaces rendered only on the server (server components and metadata), never sent to the browser. */
export const SERVER_ONLY_NAMESPACES = ["meta", "notFound", "docs", "adminEvents"] as const;

/** `messages` without the server-only namespaces. */
export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  const out: AbstractIntlMessages = { ...messages };
  for (const ns of SERVER_ONLY_NAMESPACES) delete out[ns];
  return out;
}
