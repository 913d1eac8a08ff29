// /admin/import (editors and admins): one form for every format. The file's format is detected (GDELT 1.0/2.0,
// ICEWS, SIPRI, the atlas's own CSV/JSON) and can be overridden; a check (dry run) shows what the import would
// add and skip before anything is written; the import then runs with its progress bar.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { IMPORT_FORMATS, isMachineFormat } from "@/lib/schemas/import";
import { Forbidden } from "@/components/admin/forbidden";
import { ImportWizard } from "@/components/admin/import/import-wizard";
import styles from "@/components/admin/admin.module.css";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  await connection();
  const actor = await getActor(await headers());
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent("/admin/import")}`);
  if (!hasRole(actor.role, "editor")) return <Forbidden required="editor" actual={actor.role} />;
  const supported = IMPORT_FORMATS;
  return (
    <main id="main" className={`${styles.main} ${styles.mainNarrow}`}>
      <div>
        <h1 className={styles.pageTitle}>Import</h1>
        <p className={styles.lede}>
          GDELT, ICEWS and SIPRI rows become machine-coded, “reported” events, shown apart from curated ones; Axis Atlas
          CSV or JSON exports come back as they were. Check a file first: you see what it would add and skip before
          anything is written. Importing the same file twice adds nothing.
        </p>
      </div>
      <ImportWizard supported={supported} />
    </main>
  );
}
