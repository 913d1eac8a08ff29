// /admin/audit (editors and admins): every recorded change, newest first, filtered by entity, action,
// actor and entity id, 50 a page; each row shows who, when, what, and a compact before -> after.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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
import { ActionTag, ChangeList, EntityLabel } from "@/components/admin/audit-changes";
import { Forbidden } from "@/components/admin/forbidden";
import { Pager } from "@/components/admin/pager";
import { AUDIT_ACTIONS, AUDIT_ENTITY_TYPES } from "@/lib/domain/vocabulary";
import { formatTimestamp } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/locales";
import type { AuditEntryView } from "@/components/admin/types";
import { FilterSelect } from "@/components/admin/filter-select";
import styles from "@/components/admin/admin.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPages.audit"))("title") };
}

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
  const t = await getTranslations("adminPages.audit");
  const words = await getTranslations("adminAudit");
  const locale = (await getLocale()) as Locale;

  return (
    <main id="main" className={styles.main}>
      <div>
        <h1 className={styles.pageTitle}>{t("title")}</h1>
        <p className={styles.lede}>{t("lede")}</p>
      </div>

      <IgnoredParamsNotice ignored={ignored} />
      <form method="get" action="/admin/audit" className={`${styles.panel} ${styles.filters}`} role="search" aria-label={t("filter")}>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="audit-entity-id">
            {t("entityId")}
          </label>
          <input id="audit-entity-id" name="entityId" className={`${styles.input} ${styles.mono}`} defaultValue={filters.entityId ?? ""} placeholder={t("entityIdPlaceholder")} />
        </div>
        <FilterSelect id="audit-type" name="entityType" label={t("entityType")} value={filters.entityType} anyLabel={t("any")} options={AUDIT_ENTITY_TYPES.map((value) => ({ value, label: words(`entity.${value}`) }))} />
        <FilterSelect id="audit-action" name="action" label={t("action")} value={filters.action} anyLabel={t("any")} options={AUDIT_ACTIONS.map((value) => ({ value, label: words(`action.${value}`) }))} />
        <FilterSelect id="audit-actor" name="actorId" label={t("who")} value={filters.actorId} anyLabel={t("anyone")} options={users.map((u) => ({ value: u.id, label: u.name }))} />
        <div className={styles.filterActions}>
          <button type="submit" className={`${styles.button} ${styles.buttonSmall}`}>
            {t("apply")}
          </button>
          {filtered ? (
            <Link href="/admin/audit" className={`${styles.buttonQuiet} ${styles.buttonSmall}`}>
              {t("clear")}
            </Link>
          ) : null}
        </div>
      </form>

      <div className={styles.resultLine}>
        <p role="status">{result.total === 0 ? t("noMatch") : t("count", { count: result.total })}</p>
        <Pager page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} label={t("pages")} />
      </div>

      {result.entries.length ? (
        <div className={styles.tableWrap}>
          <table className={styles.table}>
            <caption className="visually-hidden">{t("caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("who")}</th>
                <th scope="col">{t("what")}</th>
                <th scope="col">{t("changes")}</th>
              </tr>
            </thead>
            <tbody>
              {result.entries.map((entry) => {
                const name = entityName(entry);
                const href = entityHref(entry);
                return (
                  <tr key={entry.id}>
                    <td className={`${styles.nowrap} ${styles.cellMeta}`} data-label={t("when")}>
                      <time dateTime={entry.at}>{formatTimestamp(locale, entry.at)}</time>
                    </td>
                    <td data-label={t("who")}>{entry.actor ? entry.actor.name : <span className={styles.hint}>{t("deletedAccount")}</span>}</td>
                    <td style={{ minWidth: 200 }}>
                      <div className={styles.actions} style={{ gap: 6 }}>
                        <ActionTag action={entry.action} />
                        <span className={styles.cellMeta}>
                          <EntityLabel type={entry.entityType} />
                        </span>
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
        <p className={`${styles.panel} ${styles.empty}`}>{t("empty")}</p>
      )}
      {result.pageCount > 1 ? (
        <div className={styles.resultLine}>
          <span />
          <Pager page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} label={t("pagesBottom")} />
        </div>
      ) : null}
    </main>
  );
}
