// /admin/import (editors and admins): upload a GDELT export (plain or .zip) and watch it import, or bring in
// events in Axis Atlas's own CSV/JSON format (all-or-nothing, every invalid row reported).
import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { Forbidden } from "@/components/admin/forbidden";
import { EventsFileImport, GdeltImport } from "@/components/admin/import-forms";
import styles from "@/components/admin/admin.module.css";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  await connection();
  const actor = await getActor(await headers());
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent("/admin/import")}`);
  if (!hasRole(actor.role, "editor")) return <Forbidden required="editor" actual={actor.role} />;
  return (
    <main id="main" className={styles.main}>
      <div>
        <h1 className={styles.pageTitle}>Import</h1>
        <p className={styles.lede}>
          GDELT and ICEWS rows become machine-coded, “reported” events; SIPRI orders become arms transfers, “confirmed”
          unless SIPRI marks them uncertain. Both are shown apart from curated ones. Importing the same file twice adds
          nothing.
        </p>
      </div>
      <GdeltImport />
      <EventsFileImport />
    </main>
  );
}
