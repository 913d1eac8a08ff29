// /admin/import (editors and admins): one form for every format. The file's format is detected (GDELT 1.0/2.0,
// ICEWS, SIPRI, the atlas's own CSV/JSON) and can be overridden; a check (dry run) shows what the import would
// add and skip before anything is written; the import then runs with its progress bar.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { IMPORT_FORMATS, isMachineFormat } from "@/lib/schemas/import";
import { Forbidden } from "@/components/admin/forbidden";
import { ImportWizard } from "@/components/admin/import/import-wizard";
import styles from "@/components/admin/admin.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPages.import"))("title") };
}

export default async function ImportPage() {
  await connection();
  const actor = await getActor(await headers());
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent("/admin/import")}`);
  if (!hasRole(actor.role, "editor")) return <Forbidden required="editor" actual={actor.role} />;
  const supported = IMPORT_FORMATS;
  const t = await getTranslations("adminPages.import");
  return (
    <main id="main" className={`${styles.main} ${styles.mainNarrow}`}>
      <div>
        <h1 className={styles.pageTitle}>{t("title")}</h1>
        <p className={styles.lede}>{t("lede")}</p>
      </div>
      <ImportWizard supported={supported} />
    </main>
  );
}
