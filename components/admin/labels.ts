// Words the admin screens use for the domain's enums, so every page names things the same way.
import type { EvidenceLevel } from "@/lib/domain/vocabulary";
import type { DatePrecision } from "@/lib/domain/vocabulary";
import type { Role } from "@/lib/auth/roles";
export { CATEGORY_LABEL, EVIDENCE_LABEL, formatScore } from "@/lib/domain/labels";



export const EVIDENCE_HELP: Record<EvidenceLevel, string> = {
  confirmed: "Acknowledged by the parties, or shown by official records or independent verification.",
  reported: "Reported by credible outlets or officials, not yet confirmed by the parties.",
  alleged: "Claimed by one side, intelligence services or a single source; not verified.",
  denied: "Alleged but publicly denied by a party; kept on record, adds no weight.",
};

export const PRECISION_LABEL: Record<DatePrecision, string> = {
  day: "Exact day",
  month: "Month only",
  year: "Year only",
};

export const ROLE_LABEL: Record<Role, string> = { viewer: "Viewer", editor: "Editor", admin: "Admin" };

export const ACTION_LABEL: Record<string, string> = {
  create: "Created",
  update: "Edited",
  retire: "Retired",
  restore: "Restored",
};

export const ENTITY_LABEL: Record<string, string> = {
  event: "Event",
  link: "Link",
  country: "Country",
  user: "User",
  api_token: "API token",
};


/** A timestamp as "28 Nov 2026, 14:03 UTC": the same on server and client, so hydration agrees. */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getUTCDate()} ${months[date.getUTCMonth()]} ${date.getUTCFullYear()}, ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())} UTC`;
}

/** Only same-site paths may be a redirect target (no //host, no scheme, no backslash tricks). */
export function safeNextPath(next: string | null | undefined, fallback = "/admin"): string {
  if (!next || typeof next !== "string") return fallback;
  if (!next.startsWith("/") || next.startsWith("//") || next.includes("\\")) return fallback;
  try {
    const url = new URL(next, "http://same.invalid");
    if (url.origin !== "http://same.invalid") return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
