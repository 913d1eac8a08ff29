// A compact before -> after of the fields an audit entry changed. Values render as text (never markup).
import { formatEventDate } from "@/lib/domain/date-precision";
import { type DatePrecision } from "@/lib/domain/vocabulary";
import { formatTimestamp } from "./labels";
import type { AuditEntryView } from "./types";
import { ACTION_LABEL, CATEGORY_LABEL, ENTITY_LABEL, EVIDENCE_LABEL } from "./labels";
import styles from "./admin.module.css";

/** Bookkeeping that changes on every write and says nothing about what was edited. */
const IGNORED = new Set(["version", "updatedAt", "createdAt", "dateEnd", "id"]);
const FIELD_NAMES: Record<string, string> = {
  title: "Title",
  summary: "Summary",
  date: "Date",
  precision: "Precision",
  category: "Category",
  evidence: "Evidence",
  score: "Score",
  cameoCode: "CAMEO",
  origin: "Origin",
  participants: "Countries",
  sources: "Sources",
  retired: "Status",
  context: "Context",
  role: "Role",
  name: "Name",
  email: "Email",
  revokedAt: "Revoked",
  userId: "Owner",
};
const MAX_TEXT = 160;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const asRecord = (value: unknown): Record<string, Json> | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Json>) : null;

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

function describe(field: string, value: Json | undefined, record: Record<string, Json> | null): string {
  if (value === undefined || value === null || value === "") return "—";
  if (field === "participants" && Array.isArray(value)) {
    return value.map((p) => (asRecord(p)?.name as string | undefined) ?? String(p)).join(", ");
  }
  if (field === "sources" && Array.isArray(value)) {
    if (value.length === 0) return "none";
    return value
      .map((s) => {
        const r = asRecord(s);
        return r ? [r.publisher, r.title].filter(Boolean).join(": ") + (r.url ? ` <${r.url}>` : "") : String(s);
      })
      .map(clip)
      .join("; ");
  }
  if (field === "date" && typeof value === "string") {
    const precision = (record?.precision as DatePrecision | undefined) ?? "day";
    return formatEventDate(value, precision);
  }
  if (field === "category" && typeof value === "string") return CATEGORY_LABEL[value as keyof typeof CATEGORY_LABEL] ?? value;
  if (field === "evidence" && typeof value === "string") return EVIDENCE_LABEL[value as keyof typeof EVIDENCE_LABEL] ?? value;
  if (field === "retired") return value ? "retired" : "active";
  if (field === "revokedAt" && typeof value === "string") return formatTimestamp(value);
  if (typeof value === "string") return clip(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return clip(JSON.stringify(value));
}

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** The fields whose values differ between before and after (for a create: the key fields it was made with). */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const b = asRecord(before);
  const a = asRecord(after);
  if (!b && !a) return [];
  const keys = [...new Set([...Object.keys(b ?? {}), ...Object.keys(a ?? {})])].filter((k) => !IGNORED.has(k));
  const changes: FieldChange[] = [];
  for (const key of keys) {
    const bv = b?.[key];
    const av = a?.[key];
    if (JSON.stringify(bv ?? null) === JSON.stringify(av ?? null)) continue;
    // For a create, empty starting values are noise; show only what it was created with.
    if (!b && (av === null || av === "" || av === false || key === "origin" || (Array.isArray(av) && av.length === 0))) continue;
    changes.push({ field: key, label: FIELD_NAMES[key] ?? key, before: describe(key, bv, b), after: describe(key, av, a) });
  }
  const order = Object.keys(FIELD_NAMES);
  return changes.sort((x, y) => (order.indexOf(x.field) + 1 || 99) - (order.indexOf(y.field) + 1 || 99));
}

export function ChangeList({ before, after, compact = false }: { before: unknown; after: unknown; compact?: boolean }) {
  const changes = changedFields(before, after);
  const created = !asRecord(before);
  if (changes.length === 0) return <p className={styles.hint}>No field changed.</p>;
  const shown = compact ? changes.slice(0, 6) : changes;
  return (
    <dl className={styles.changes}>
      {shown.map((change) => (
        <div key={change.field} style={{ display: "contents" }}>
          <dt>{change.label}</dt>
          <dd>
            {created ? (
              <span className={styles.after}>{change.after}</span>
            ) : (
              <>
                <span className={styles.before}>{change.before}</span>
                <span className={styles.arrow} aria-hidden="true">
                  →
                </span>
                <span className="visually-hidden"> changed to </span>
                <span className={styles.after}>{change.after}</span>
              </>
            )}
          </dd>
        </div>
      ))}
      {shown.length < changes.length ? (
        <div style={{ display: "contents" }}>
          <dt />
          <dd className={styles.hint}>and {changes.length - shown.length} more</dd>
        </div>
      ) : null}
    </dl>
  );
}

export function ActionTag({ action }: { action: string }) {
  const cls = styles[`action_${action}` as keyof typeof styles] ?? "";
  return <span className={`${styles.action} ${cls}`}>{ACTION_LABEL[action] ?? action}</span>;
}

/** An event's history on its edit page: who, when, what, and the fields changed. */
export function EventHistory({ entries }: { entries: AuditEntryView[] }) {
  return (
    <section className={styles.panel} aria-labelledby="history-title">
      <h2 id="history-title" className={styles.sectionTitle}>
        History ({entries.length})
      </h2>
      {entries.length === 0 ? (
        <p className={styles.hint}>No recorded changes. Events loaded by the seed or an import have no edit history until someone edits them.</p>
      ) : (
        <ol className={styles.history}>
          {entries.map((entry) => (
            <li key={entry.id} className={styles.historyItem}>
              <div className={styles.historyHead}>
                <ActionTag action={entry.action} />
                <span className={styles.historyWho}>{entry.actor ? entry.actor.name : "A deleted account"}</span>
                {entry.actor ? <span className={styles.historyWhen}>{entry.actor.email}</span> : null}
                <time className={styles.historyWhen} dateTime={entry.at}>
                  {formatTimestamp(entry.at)}
                </time>
              </div>
              <ChangeList before={entry.before} after={entry.after} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

export const entityLabel = (type: string) => ENTITY_LABEL[type] ?? type;
