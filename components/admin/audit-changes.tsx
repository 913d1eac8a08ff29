// A compact before -> after of the fields an audit entry changed, in the reader's language. Values render as text
// (never markup). Rendered on the server only (the audit page, an event's history), so its words ("adminAudit")
// never reach the browser.
import { useLocale, useTranslations } from "next-intl";
import { countryName } from "@/lib/i18n/country-name";
import { formatEventDate, formatTimestamp } from "@/lib/i18n/format-date";
import { formatNumber } from "@/lib/i18n/format-number";
import type { Locale } from "@/lib/i18n/locales";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES, type AuditAction, type AuditEntityType, type DatePrecision } from "@/lib/domain/vocabulary";
import type { AuditEntryView } from "./types";
import styles from "./admin.module.css";

/** Bookkeeping that changes on every write and says nothing about what was edited. */
const IGNORED = new Set(["version", "updatedAt", "createdAt", "dateEnd", "id"]);
/** The fields with a name of their own ("adminAudit.field.*"), in the order they are listed. */
const NAMED_FIELDS = [
  "title",
  "summary",
  "date",
  "precision",
  "category",
  "evidence",
  "score",
  "cameoCode",
  "origin",
  "participants",
  "sources",
  "retired",
  "context",
  "role",
  "name",
  "email",
  "revokedAt",
  "userId",
] as const;
const isNamed = (field: string): field is (typeof NAMED_FIELDS)[number] => (NAMED_FIELDS as readonly string[]).includes(field);
const MAX_TEXT = 160;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const asRecord = (value: unknown): Record<string, Json> | null =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, Json>) : null;

function clip(text: string): string {
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
}

/** What describe() needs to write a value in the reader's language. */
interface Words {
  locale: Locale;
  t: ReturnType<typeof useTranslations<"adminAudit">>;
  l: ReturnType<typeof useTranslations<"labels">>;
}

function describe(field: string, value: Json | undefined, record: Record<string, Json> | null, { locale, t, l }: Words): string {
  if (value === undefined || value === null || value === "") return "—";
  if (field === "participants" && Array.isArray(value)) {
    return new Intl.ListFormat(locale, { type: "unit" }).format(
      value.map((p) => {
        const r = asRecord(p);
        const name = (r?.name as string | undefined) ?? String(p);
        return typeof r?.id === "string" ? countryName(locale, r.id, name) : name;
      }),
    );
  }
  if (field === "sources" && Array.isArray(value)) {
    if (value.length === 0) return t("none");
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
    return formatEventDate(locale, value, precision);
  }
  if (field === "precision" && (value === "day" || value === "month" || value === "year")) return t(`precision.${value}`);
  if (field === "category" && typeof value === "string" && l.has(`category.${value}` as never)) return l(`category.${value}` as never);
  if (field === "evidence" && typeof value === "string" && l.has(`evidence.${value}` as never)) return l(`evidence.${value}` as never);
  if (field === "origin" && (value === "curated" || value === "machine")) return t(`origin.${value}`);
  if (field === "role" && (value === "viewer" || value === "editor" || value === "admin")) return t(`role.${value}`);
  if (field === "retired") return value ? t("retired") : t("active");
  if (field === "revokedAt" && typeof value === "string") return formatTimestamp(locale, value);
  if (field === "score" && typeof value === "number") return formatNumber(locale, value);
  if (typeof value === "string") return clip(value);
  if (typeof value === "number") return formatNumber(locale, value);
  if (typeof value === "boolean") return value ? t("yes") : t("no");
  return clip(JSON.stringify(value));
}

export interface FieldChange {
  field: string;
  label: string;
  before: string;
  after: string;
}

/** The fields whose values differ between before and after (for a create: the key fields it was made with). */
function changedFields(before: unknown, after: unknown, words: Words): FieldChange[] {
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
    changes.push({
      field: key,
      label: isNamed(key) ? words.t(`field.${key}`) : key,
      before: describe(key, bv, b, words),
      after: describe(key, av, a, words),
    });
  }
  const order: readonly string[] = NAMED_FIELDS;
  return changes.sort((x, y) => (order.indexOf(x.field) + 1 || 99) - (order.indexOf(y.field) + 1 || 99));
}

function useWords(): Words {
  return { locale: useLocale() as Locale, t: useTranslations("adminAudit"), l: useTranslations("labels") };
}

export function ChangeList({ before, after, compact = false }: { before: unknown; after: unknown; compact?: boolean }) {
  const words = useWords();
  const { t } = words;
  const changes = changedFields(before, after, words);
  const created = !asRecord(before);
  if (changes.length === 0) return <p className={styles.hint}>{t("noChange")}</p>;
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
                <span className="visually-hidden"> {t("changedTo")} </span>
                <span className={styles.after}>{change.after}</span>
              </>
            )}
          </dd>
        </div>
      ))}
      {shown.length < changes.length ? (
        <div style={{ display: "contents" }}>
          <dt />
          <dd className={styles.hint}>{t("more", { count: changes.length - shown.length })}</dd>
        </div>
      ) : null}
    </dl>
  );
}

export function ActionTag({ action }: { action: string }) {
  const t = useTranslations("adminAudit");
  const cls = styles[`action_${action}` as keyof typeof styles] ?? "";
  const known = (AUDIT_ACTIONS as readonly string[]).includes(action);
  return <span className={`${styles.action} ${cls}`}>{known ? t(`action.${action as AuditAction}`) : action}</span>;
}

/** An entity type's name ("Event", "API token"), or the type itself when it has none. */
export function EntityLabel({ type }: { type: string }) {
  const t = useTranslations("adminAudit");
  const known = (AUDIT_ENTITY_TYPES as readonly string[]).includes(type);
  return <>{known ? t(`entity.${type as AuditEntityType}`) : type}</>;
}

/** An event's history on its edit page: who, when, what, and the fields changed. */
export function EventHistory({ entries }: { entries: AuditEntryView[] }) {
  const { t, locale } = useWords();
  return (
    <section className={styles.panel} aria-labelledby="history-title">
      <h2 id="history-title" className={styles.sectionTitle}>
        {t("history", { count: entries.length })}
      </h2>
      {entries.length === 0 ? (
        <p className={styles.hint}>{t("noHistory")}</p>
      ) : (
        <ol className={styles.history}>
          {entries.map((entry) => (
            <li key={entry.id} className={styles.historyItem}>
              <div className={styles.historyHead}>
                <ActionTag action={entry.action} />
                <span className={styles.historyWho}>{entry.actor ? entry.actor.name : t("deletedAccount")}</span>
                {entry.actor ? <span className={styles.historyWhen}>{entry.actor.email}</span> : null}
                <time className={styles.historyWhen} dateTime={entry.at}>
                  {formatTimestamp(locale, entry.at)}
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
