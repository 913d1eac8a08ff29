// /admin/events/{id}: edit an event (version-checked), retire or restore it, and read its history.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { headers } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { EditEventQuerySchema } from "@/lib/schemas/admin-pages";
import { UuidSchema } from "@/lib/schemas/common";
import { parseQueryLeniently } from "@/lib/schemas/query";
import { getEvent } from "@/lib/server/get-event";
import { getEventHistory } from "@/lib/server/get-event-history";
import { listCountries } from "@/lib/server/list-countries";
import { countryName } from "@/lib/i18n/country-name";
import type { Locale } from "@/lib/i18n/locales";
import { EventForm } from "@/components/admin/event-form/event-form";
import { EventHistory } from "@/components/admin/audit-changes";
import { Forbidden } from "@/components/admin/forbidden";
import styles from "@/components/admin/admin.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPages.editEvent"))("title") };
}

export default async function EditEventPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const { id } = await params;
  const actor = await getActor(await headers());
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent(`/admin/events/${id}`)}`);
  if (!hasRole(actor.role, "editor")) return <Forbidden required="editor" actual={actor.role} />;
  if (!UuidSchema.safeParse(id).success) notFound();
  const [event, history, countries, { data: query }] = await Promise.all([
    getEvent(id),
    getEventHistory(id),
    listCountries(),
    searchParams.then((params) => parseQueryLeniently(EditEventQuerySchema, params)),
  ]);
  if (!event) notFound();
  const t = await getTranslations("adminPages");
  const locale = (await getLocale()) as Locale;
  return (
    <main id="main" className={styles.main}>
      <div>
        <p className={styles.crumbs}>
          <Link href="/admin">{t("crumbEvents")}</Link> / {t("editEvent.crumb")}
        </p>
        <h1 className={styles.pageTitle}>
          {event.retired ? <span className={`${styles.tag} ${styles.tagRetired}`} style={{ marginInlineEnd: 8, verticalAlign: "middle" }}>{t("editEvent.retired")}</span> : null}
          {event.title}
        </h1>
      </div>
      {/* keyed by id so opening another event starts a fresh form */}
      <EventForm
        key={event.id}
        mode="edit"
        event={event}
        countries={countries.map(({ id: cid, name, flag }) => ({ id: cid, name: countryName(locale, cid, name), flag }))}
        justCreated={query.created !== undefined}
        history={<EventHistory entries={history} />}
      />
    </main>
  );
}
