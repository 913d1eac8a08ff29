// /admin/events/new: an editor adds an event through the shared event form.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { listCountries } from "@/lib/server/list-countries";
import { countryName } from "@/lib/i18n/country-name";
import type { Locale } from "@/lib/i18n/locales";
import { EventForm } from "@/components/admin/event-form/event-form";
import { Forbidden } from "@/components/admin/forbidden";
import styles from "@/components/admin/admin.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPages.newEvent"))("title") };
}

export default async function NewEventPage() {
  await connection();
  const actor = await getActor(await headers());
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent("/admin/events/new")}`);
  if (!hasRole(actor.role, "editor")) return <Forbidden required="editor" actual={actor.role} />;
  const t = await getTranslations("adminPages");
  const locale = (await getLocale()) as Locale;
  // The picker searches and shows the names in the reader's language (codes match in every language).
  const countries = (await listCountries()).map(({ id, name, flag }) => ({ id, name: countryName(locale, id, name), flag }));
  return (
    <main id="main" className={`${styles.main} ${styles.mainNarrow}`}>
      <div>
        <p className={styles.crumbs}>
          <Link href="/admin">{t("crumbEvents")}</Link> / {t("newEvent.crumb")}
        </p>
        <h1 className={styles.pageTitle}>{t("newEvent.title")}</h1>
        <p className={styles.lede}>{t("newEvent.lede")}</p>
      </div>
      <EventForm mode="create" countries={countries} />
    </main>
  );
}
