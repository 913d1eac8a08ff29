// /admin: the events list for editors and admins: filters, search, newest first, 50 a page.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { EVENT_CATEGORIES, EVIDENCE_LEVELS } from "@/lib/domain/vocabulary";
import { AdminEventsQuerySchema } from "@/lib/schemas/admin-pages";
import { parseQueryLeniently } from "@/lib/schemas/query";
import { listAdminEvents, type AdminEventFilters } from "@/lib/server/list-admin-events";
import { IgnoredParamsNotice } from "@/components/states";
import { listCountries } from "@/lib/server/list-countries";
import { Forbidden } from "@/components/admin/forbidden";
import { EventsTable } from "@/components/admin/events-table";
import { Pager } from "@/components/admin/pager";
import { FilterSelect } from "@/components/admin/filter-select";
import styles from "@/components/admin/admin.module.css";
import { getLocale } from "next-intl/server";
import { countryName } from "@/lib/i18n/country-name";
import { formatNumber } from "@/lib/i18n/format-number";
import type { Locale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin"))("events") };
}

type SearchParams = Record<string, string | string[] | undefined>;

export default async function AdminEventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const actor = await getActor(await headers());
  if (!actor) {
    const query = new URLSearchParams(Object.entries(params).flatMap(([k, v]) => (v === undefined ? [] : [v].flat()).map((x) => [k, x])));
    redirect(`/sign-in?next=${encodeURIComponent(`/admin${query.size ? `?${query}` : ""}`)}`);
  }
  if (!hasRole(actor.role, "editor")) return <Forbidden required="editor" actual={actor.role} />;

  const { data, ignored } = parseQueryLeniently(AdminEventsQuerySchema, params);
  const filters: AdminEventFilters = { ...data, q: data.q || undefined };
  const [result, countries] = await Promise.all([listAdminEvents(filters), listCountries()]);
  const filtered = !!(filters.q || filters.country || filters.category || filters.evidence || filters.origin || filters.status !== "all");

  const hrefFor = (page: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...filters, page: page > 1 ? String(page) : undefined })) {
      if (typeof value === "string" && value && !(key === "status" && value === "all") && !(key === "sort" && value === "date")) query.set(key, value);
    }
    return `/admin${query.size ? `?${query}` : ""}`;
  };
  const t = await getTranslations("adminEvents");
  const l = await getTranslations("labels");
  const locale = (await getLocale()) as Locale;
  const n = (value: number) => formatNumber(locale, value);
  const first = result.total === 0 ? 0 : (result.page - 1) * result.pageSize + 1;
  const last = Math.min(result.total, result.page * result.pageSize);

  return (
    <main id="main" className={styles.main}>
      <div className={styles.pageHead}>
        <div>
          <h1 className={styles.pageTitle}>{t("title")}</h1>
          <p className={styles.lede}>{t("lede")}</p>
        </div>
        <Link href="/admin/events/new" className={styles.buttonPrimary}>
          {t("new")}
        </Link>
      </div>

      <IgnoredParamsNotice ignored={ignored} />
      <form method="get" action="/admin" className={`${styles.panel} ${styles.filters}`} role="search" aria-label={t("filter")}>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="filter-q">
            {t("search")}
          </label>
          <input id="filter-q" name="q" type="search" className={styles.input} defaultValue={filters.q ?? ""} placeholder={t("searchPlaceholder")} />
        </div>
        <FilterSelect
          id="filter-country"
          name="country"
          label={t("country")}
          value={filters.country}
          anyLabel={t("any")}
          options={countries.map((c) => ({ value: c.id, label: countryName(locale, c.id, c.name) }))}
        />
        <FilterSelect id="filter-category" name="category" label={t("category")} value={filters.category} anyLabel={t("any")} options={EVENT_CATEGORIES.map((c) => ({ value: c, label: l(`category.${c}`) }))} />
        <FilterSelect id="filter-evidence" name="evidence" label={t("evidence")} value={filters.evidence} anyLabel={t("any")} options={EVIDENCE_LEVELS.map((e) => ({ value: e, label: l(`evidence.${e}`) }))} />
        <FilterSelect
          id="filter-origin"
          name="origin"
          label={t("origin")}
          value={filters.origin}
          anyLabel={t("any")}
          options={[
            { value: "curated", label: t("curated") },
            { value: "machine", label: t("machine") },
          ]}
        />
        <FilterSelect
          id="filter-status"
          name="status"
          label={t("status")}
          value={filters.status}
          options={[
            { value: "all", label: t("all") },
            { value: "active", label: t("active") },
            { value: "retired", label: t("retired") },
          ]}
        />
        <FilterSelect
          id="filter-sort"
          name="sort"
          label={t("order")}
          value={filters.sort}
          options={[
            { value: "date", label: t("byDate") },
            { value: "updated", label: t("byUpdate") },
          ]}
        />
        <div className={styles.filterActions}>
          <button type="submit" className={`${styles.button} ${styles.buttonSmall}`}>
            {t("apply")}
          </button>
          {filtered ? (
            <Link href="/admin" className={`${styles.buttonQuiet} ${styles.buttonSmall}`}>
              {t("clear")}
            </Link>
          ) : null}
        </div>
      </form>

      <div className={styles.resultLine}>
        <p role="status">
          {result.total === 0 ? t("noMatch") : t("showing", { first: n(first), last: n(last), count: result.total })}
        </p>
        <Pager page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} label={t("pages")} />
      </div>

      <EventsTable events={result.events} />

      {result.pageCount > 1 ? (
        <div className={styles.resultLine}>
          <span />
          <Pager page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} label={t("pagesBottom")} />
        </div>
      ) : null}
    </main>
  );
}
