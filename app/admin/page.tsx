// /admin: the events list for editors and admins: filters, search, newest first, 50 a page.
import type { Metadata } from "next";
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
import { CATEGORY_LABEL, EVIDENCE_LABEL } from "@/components/admin/labels";
import { FilterSelect } from "@/components/admin/filter-select";
import styles from "@/components/admin/admin.module.css";

export const metadata: Metadata = { title: "Events" };

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
  const first = result.total === 0 ? 0 : (result.page - 1) * result.pageSize + 1;
  const last = Math.min(result.total, result.page * result.pageSize);

  return (
    <main id="main" className={styles.main}>
      <div className={styles.pageHead}>
        <div>
          <h1 className={styles.pageTitle}>Events</h1>
          <p className={styles.lede}>Find an event to edit, or add one. Retired events stay here and in the audit trail.</p>
        </div>
        <Link href="/admin/events/new" className={styles.buttonPrimary}>
          + New event
        </Link>
      </div>

      <IgnoredParamsNotice ignored={ignored} />
      <form method="get" action="/admin" className={`${styles.panel} ${styles.filters}`} role="search" aria-label="Filter events">
        <div className={styles.field}>
          <label className={styles.label} htmlFor="filter-q">
            Search titles and summaries
          </label>
          <input id="filter-q" name="q" type="search" className={styles.input} defaultValue={filters.q ?? ""} placeholder="e.g. Shoigu, munitions" />
        </div>
        <FilterSelect id="filter-country" name="country" label="Country" value={filters.country} anyLabel="Any" options={countries.map((c) => ({ value: c.id, label: c.name }))} />
        <FilterSelect id="filter-category" name="category" label="Category" value={filters.category} anyLabel="Any" options={EVENT_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABEL[c] }))} />
        <FilterSelect id="filter-evidence" name="evidence" label="Evidence" value={filters.evidence} anyLabel="Any" options={EVIDENCE_LEVELS.map((e) => ({ value: e, label: EVIDENCE_LABEL[e] }))} />
        <FilterSelect id="filter-origin" name="origin" label="Origin" value={filters.origin} anyLabel="Any" options={[{ value: "curated", label: "Curated" }, { value: "machine", label: "Machine" }]} />
        <FilterSelect id="filter-status" name="status" label="Status" value={filters.status} options={[{ value: "all", label: "All" }, { value: "active", label: "Active" }, { value: "retired", label: "Retired" }]} />
        <FilterSelect id="filter-sort" name="sort" label="Order" value={filters.sort} options={[{ value: "date", label: "Event date" }, { value: "updated", label: "Last changed" }]} />
        <div className={styles.filterActions}>
          <button type="submit" className={`${styles.button} ${styles.buttonSmall}`}>
            Apply filters
          </button>
          {filtered ? (
            <Link href="/admin" className={`${styles.buttonQuiet} ${styles.buttonSmall}`}>
              Clear all
            </Link>
          ) : null}
        </div>
      </form>

      <div className={styles.resultLine}>
        <p role="status">
          {result.total === 0
            ? "No events match."
            : `Showing ${first.toLocaleString("en")}–${last.toLocaleString("en")} of ${result.total.toLocaleString("en")} event${result.total === 1 ? "" : "s"}`}
        </p>
        <Pager page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} label="Events pages" />
      </div>

      <EventsTable events={result.events} />

      {result.pageCount > 1 ? (
        <div className={styles.resultLine}>
          <span />
          <Pager page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} label="Events pages, bottom" />
        </div>
      ) : null}
    </main>
  );
}
