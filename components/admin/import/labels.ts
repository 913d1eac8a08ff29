// Words /admin/import uses for formats and for the reasons rows are skipped, and its number format.
import type { GDELT_REJECT_REASONS, ImportFormat } from "@/lib/schemas/import";

export const FORMAT_LABEL: Record<ImportFormat, string> = {
  gdelt: "GDELT event file (1.0 or 2.0)",
  icews: "ICEWS coded events",
  sipri: "SIPRI trade register",
  "events-csv": "Axis Atlas events (CSV)",
  "events-json": "Axis Atlas events (JSON)",
};

type Reason = (typeof GDELT_REJECT_REASONS)[number];

/** Short names for the importer's reasons; a reason added later reads as its own name until it gets one. */
const REASON_LABEL: Partial<Record<Reason, string>> = {
  column_count: "Wrong number of columns",
  bad_id: "Event id is not a number",
  no_actor_country: "An actor has no country",
  region: "An actor is a region or bloc",
  not_in_atlas: "A country the atlas does not list",
  unknown_country_code: "Unknown country code",
  unknown_country_name: "Unknown country name",
  same_country: "Both actors in one country",
  bad_date: "Date missing, impossible or in the future",
  bad_event_code: "Not a CAMEO event code",
  inconsistent_codes: "CAMEO codes disagree",
  bad_goldstein: "Score outside −10 to +10",
  duplicate: "Already imported, or repeated in the file",
  former_state: "A state that no longer exists (e.g. Soviet Union)",
  non_state_actor: "A non-state armed group (SIPRI's *)",
  organisation: "An international organisation (SIPRI's **)",
  unknown_party: "Unknown supplier or recipient",
  bad_order_year: "Year of order missing or impossible",
  bad_value: "A number or list not in SIPRI's form",
};

/** The words for a skip reason. */
export const reasonLabel = (reason: string) => REASON_LABEL[reason as Reason] ?? reason.replaceAll("_", " ");

const numbers = new Intl.NumberFormat("en");

/** 12,345 */
export const formatCount = (n: number) => numbers.format(n);

/** "1 event", "422 events" */
export const plural = (n: number, noun: string, nouns = `${noun}s`) => `${formatCount(n)} ${n === 1 ? noun : nouns}`;

/** A file size as people read it: "835 KB", "12.4 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
