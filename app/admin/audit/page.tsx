// /admin/audit (editors and admins): every recorded change, newest first, filtered by entity, action,
// actor and entity id, 50 a page; each row shows who, when, what, and a compact before -> after.
import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { AuditQuerySchema } from "@/lib/schemas/admin-pages";
import { parseQueryLeniently } from "@/lib/schemas/query";
import { listAuditEntries, type AuditFilters } from "@/lib/server/list-audit-entries";
import { IgnoredParamsNotice } from "@/components/states";
import { listUsers } from "@/lib/server/list-users";
import { ActionTag, ChangeList, entityLabel } from "@/components/admin/audit-changes";
import { Forbidden } from "@/components/admin/forbidden";
import { Pager } from "@/components/admin/pager";
import { ACTION_LABEL, ENTITY_LABEL, formatTimestamp } from "@/components/admin/labels";
import type { AuditEntryView } from "@/components/admin/types";
import { FilterSelect } from "@/components/admin/filter-select";
import styles from "@/components/admin/admin.module.css";

export const metadata: Metadata = { title: "Audit trail" };

type SearchParams = Record<string, string | string[] | undefined>;

function entityName(entry: AuditEntryView): string | null {
  for (const side of [entry.after, entry.before]) {
    if (side && typeof side === "object") {
      const record = side as Record<string, unknown>;
      const name = record.title ?? record.name ?? record.email;
      if (typeof name === "string") return name;
    }
  }
  return null;
}

function entityHref(entry: AuditEntryView): string | null {
  if (entry.entityType === "event") return `/admin/events/${entry.entityId}`;
  return null;
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const actor = await getActor(await headers());
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent("/admin/audit")}`);
  if (!hasRole(actor.role, "editor")) return <Forbidden required="editor" actual={actor.role} />;

  const { data, ignored } = parseQueryLeniently(AuditQuerySchema, params);
  const filters: AuditFilters = { ...data, actorId: data.actorId || undefined, entityId: data.entityId || undefined };
  const [result, users] = await Promise.all([listAuditEntries(filters), listUsers()]);
  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    for (const key of ["entityType", "action", "actorId", "entityId"] as const) if (filters[key]) query.set(key, filters[key]!);
    if (page > 1) query.set("page", String(page));
    return `/admin/audit${query.size ? `?${query}` : ""}`;
  };
  const filtered = !!(filters.entityType || filters.action || filters.actorId || filters.entityId);

  return (
    <main id="main" className={styles.main}>
      <div>
        <h1 className={styles.pageTitle}>Audit trail</h1>
        <p className={styles.lede}>Every change a person made, written in the same transaction as the change itself.</p>
      </div>

      <IgnoredParamsNotice ignored={ignored} />
      <form method="get" action="/admin/audit" className={`${styles.panel} ${styles.filters}`} role="search" aria-label="Filter the audit trail">
        <div className={styles.field}>
          <label className={styles.label} htmlFor="audit-entity-id">
            Entity id
          </label>
          <input id="audit-entity-id" name="entityId" className={`${styles.input} ${styles.mono}`} defaultValue={filters.entityId ?? ""} placeholder="event uuid, KP-RU, KP…" />
        </div>
        <FilterSelect id="audit-type" name="entityType" label="Entity type" value={filters.entityType} anyLabel="Any" options={Object.entries(ENTITY_LABEL).map(([value, label]) => ({ value, label }))} />
        <FilterSelect id="audit-action" name="action" label="Action" value={filters.action} anyLabel="Any" options={Object.entries(ACTION_LABEL).map(([value, label]) => ({ value, label }))} />
        <FilterSelect id="audit-actor" name="actorId" label="Who" value={filters.actorId} anyLabel="Anyone" options={users.map((u) => ({ value: u.id, label: u.name }))} />
        <div className={styles.filterActions}>
          <button type="submit" className={`${styles.button} ${styles.buttonSmall}`}>
            Apply filters
          </button>
          {filtered ? (
            <Link href="/admin/audit" className={`${styles.buttonQuiet} ${styles.buttonSmall}`}>
              Clear all
            </Link>
          ) : null}
        </div>
      </form>

      <div className={styles.resultLine}>
        <p role="status">{result.total === 0 ? "No entries match." : `${result.total.toLocaleString("en")} entr${result.total === 1 ? "y" : "ies"}`}</p>
        <Pager page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} label="Audit pages" />
      </div>

      {result.entries.length ? (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">Audit entries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">Changes</th>
              </tr>
            </thead>
            <tbody>
              {result.entries.map((entry) => {
                const name = entityName(entry);
                const href = entityHref(entry);
                return (
                  <tr key={entry.id}>
                    <td className={`${styles.nowrap} ${styles.cellMeta}`} data-label="When">
                      <time dateTime={entry.at}>{formatTimestamp(entry.at)}</time>
                    </td>
                    <td data-label="Who">{entry.actor ? entry.actor.name : <span className={styles.hint}>deleted account</span>}</td>
                    <td style={{ minWidth: 200 }}>
                      <div className={styles.actions} style={{ gap: 6 }}>
                        <ActionTag action={entry.action} />
                        <span className={styles.cellMeta}>{entityLabel(entry.entityType)}</span>
                      </div>
                      <div style={{ marginTop: 4 }}>
                        {href ? (
                          <Link href={href} className={styles.titleLink}>
                            {name ?? entry.entityId}
                          </Link>
                        ) : (
                          <span className={styles.titleLink}>{name ?? entry.entityId}</span>
                        )}
                      </div>
                      <Link href={`/admin/audit?entityId=${encodeURIComponent(entry.entityId)}`} className={`${styles.cellMeta} ${styles.mono}`} style={{ fontSize: "0.75rem" }}>
                        {entry.entityId}
                      </Link>
                    </td>
                    <td style={{ minWidth: 260 }}>
                      <ChangeList before={entry.before} after={entry.after} compact />
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      ) : (
        <p className={`${styles.panel} ${styles.empty}`}>No audit entries match these filters.</p>
      )}
      {result.pageCount > 1 ? (
        <div className={styles.resultLine}>
          <span />
          <Pager page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} label="Audit pages, bottom" />
        </div>
      ) : null}
    </main>
  );
}
