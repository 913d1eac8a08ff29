// /admin/countries (admins): find a country and edit its context text (version-checked).
import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { listCountryRecords } from "@/lib/server/list-country-records";
import { Forbidden } from "@/components/admin/forbidden";
import { CountryList } from "@/components/admin/curated-text-editors";
import styles from "@/components/admin/admin.module.css";

export const metadata: Metadata = { title: "Countries" };

export default async function CountriesPage() {
  await connection();
  const actor = await getActor(await headers());
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent("/admin/countries")}`);
  if (!hasRole(actor.role, "admin")) return <Forbidden required="admin" actual={actor.role} />;
  const countries = await listCountryRecords();
  return (
    <main id="main" className={`${styles.main} ${styles.mainNarrow}`}>
      <div>
        <h1 className={styles.pageTitle}>Countries</h1>
        <p className={styles.lede}>The short context text shown in a country’s panel on the map.</p>
      </div>
      <CountryList countries={countries} />
    </main>
  );
}
