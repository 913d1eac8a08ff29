// Which messages the browser needs: all of the active locale's except the namespaces only the server renders
// (page metadata, the not-found page, the API docs title, the admin events list) and the admin screens' own
// (adminForm, adminPages, ...): those reach the browser only on /admin pages, through the nested provider in
// app/admin/layout.tsx. Keeps the dashboard's payload to what its hydration uses.
import type { AbstractIntlMessages } from "next-intl";

/** Namespaces rendered only on the server (server components and metadata), never sent to the browser. */
export const SERVER_ONLY_NAMESPACES = ["meta", "notFound", "docs", "adminEvents", "adminForm", "adminPages", "adminAudit", "adminManage", "adminImport"] as const;

/** The admin screens' namespaces that admin client components read: given to them by app/admin/layout.tsx only. */
export const ADMIN_CLIENT_NAMESPACES = ["adminForm", "adminManage", "adminImport"] as const;

/** `messages` without the server-only namespaces. */
export function clientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  const out: AbstractIntlMessages = { ...messages };
  for (const ns of SERVER_ONLY_NAMESPACES) delete out[ns];
  return out;
}

/**
 * The messages of the provider nested in app/admin/layout.tsx: what the root layout sends plus the admin client
 * namespaces. A nested NextIntlClientProvider replaces its parent's messages rather than adding to them, so the
 * client ones (the header's "admin", "labels", ...) are passed again alongside.
 */
export function adminClientMessages(messages: AbstractIntlMessages): AbstractIntlMessages {
  const out = clientMessages(messages);
  for (const ns of ADMIN_CLIENT_NAMESPACES) if (messages[ns] !== undefined) out[ns] = messages[ns];
  return out;
}
