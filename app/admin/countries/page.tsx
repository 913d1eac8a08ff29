// /admin/countries (admins): find a country and edit its context text (version-checked).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { listCountryRecords } from "@/lib/server/list-country-records";
import { Forbidden } from "@/components/admin/forbidden";
import { CountryList } from "@/components/admin/curated-text-editors";
import styles from "@/components/admin/admin.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPages.countries"))("title") };
}

export default async function CountriesPage() {
  await connection();
  const actor = await getActor(await headers());
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent("/admin/countries")}`);
  if (!hasRole(actor.role, "admin")) return <Forbidden required="admin" actual={actor.role} />;
  const countries = await listCountryRecords();
  const t = await getTranslations("adminPages.countries");
  return (
    <main id="main" className={`${styles.main} ${styles.mainNarrow}`}>
      <div>
        <h1 className={styles.pageTitle}>{t("title")}</h1>
        <p className={styles.lede}>{t("lede")}</p>
      </div>
      <CountryList countries={countries} />
    </main>
  );
}
