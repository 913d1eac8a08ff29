// /admin: the events list for editors and admins: filters, search, newest first, 50 a page.
import type { Metadata } from "next";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { EVENT_CATEGORIES } from "@/lib/schemas/common";
import { EVIDENCE_LEVELS } from "@/lib/domain/strength";
import { listAdminEvents, type AdminEventFilters } from "@/lib/server/list-admin-events";
import { listCountries } from "@/lib/server/list-countries";
import { Forbidden } from "@/components/admin/forbidden";
import { EventsTable } from "@/components/admin/events-table";
import { Pager } from "@/components/admin/pager";
import { CATEGORY_LABEL, EVIDENCE_LABEL } from "@/components/admin/labels";
import styles from "@/components/admin/admin.module.css";

export const metadata: Metadata = { title: "Events" };

type SearchParams = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (typeof value === "string" ? value : undefined);
const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[]) =>
  value && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

export default async function AdminEventsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await connection();
  const params = await searchParams;
  const actor = await getActor(await headers());
  if (!actor) {
    const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === "string"));
    redirect(`/sign-in?next=${encodeURIComponent(`/admin${query.size ? `?${query}` : ""}`)}`);
  }
  if (!hasRole(actor.role, "editor")) return <Forbidden required="editor" actual={actor.role} />;

  const country = one(params.country)?.toUpperCase();
  const filters: AdminEventFilters = {
    q: one(params.q)?.slice(0, 200),
    country: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    category: oneOf(one(params.category), EVENT_CATEGORIES),
    evidence: oneOf(one(params.evidence), EVIDENCE_LEVELS),
    origin: oneOf(one(params.origin), ["curated", "machine"] as const),
    status: oneOf(one(params.status), ["active", "retired", "all"] as const) ?? "all",
    sort: oneOf(one(params.sort), ["date", "updated"] as const) ?? "date",
    page: Number(one(params.page)) || 1,
  };
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

      <form method="get" action="/admin" className={`${styles.panel} ${styles.filters}`} role="search" aria-label="Filter events">
        <div className={styles.field}>
          <label className={styles.label} htmlFor="filter-q">
            Search titles and summaries
          </label>
          <input id="filter-q" name="q" type="search" className={styles.input} defaultValue={filters.q ?? ""} placeholder="e.g. Shoigu, munitions" />
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="filter-country">
            Country
          </label>
          <select id="filter-country" name="country" className={styles.select} defaultValue={filters.country ?? ""}>
            <option value="">Any</option>
            {countries.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="filter-category">
            Category
          </label>
          <select id="filter-category" name="category" className={styles.select} defaultValue={filters.category ?? ""}>
            <option value="">Any</option>
            {EVENT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABEL[c]}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="filter-evidence">
            Evidence
          </label>
          <select id="filter-evidence" name="evidence" className={styles.select} defaultValue={filters.evidence ?? ""}>
            <option value="">Any</option>
            {EVIDENCE_LEVELS.map((e) => (
              <option key={e} value={e}>
                {EVIDENCE_LABEL[e]}
              </option>
            ))}
          </select>
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="filter-origin">
            Origin
          </label>
          <select id="filter-origin" name="origin" className={styles.select} defaultValue={filters.origin ?? ""}>
            <option value="">Any</option>
            <option value="curated">Curated</option>
            <option value="machine">Machine</option>
          </select>
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="filter-status">
            Status
          </label>
          <select id="filter-status" name="status" className={styles.select} defaultValue={filters.status}>
            <option value="all">All</option>
            <option value="active">Active</option>
            <option value="retired">Retired</option>
          </select>
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="filter-sort">
            Order
          </label>
          <select id="filter-sort" name="sort" className={styles.select} defaultValue={filters.sort}>
            <option value="date">Event date</option>
            <option value="updated">Last changed</option>
          </select>
        </div>
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
