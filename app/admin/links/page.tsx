// /admin/links (admins): each link's curated title and summary, edited with a version check.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { listLinkRecords } from "@/lib/server/list-link-records";
import { Forbidden } from "@/components/admin/forbidden";
import { LinkEditor } from "@/components/admin/curated-text-editors";
import styles from "@/components/admin/admin.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPages.links"))("title") };
}

export default async function LinksPage() {
  await connection();
  const actor = await getActor(await headers());
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent("/admin/links")}`);
  if (!hasRole(actor.role, "admin")) return <Forbidden required="admin" actual={actor.role} />;
  const links = await listLinkRecords();
  const t = await getTranslations("adminPages.links");
  return (
    <main id="main" className={`${styles.main} ${styles.mainNarrow}`}>
      <div>
        <h1 className={styles.pageTitle}>{t("title")}</h1>
        <p className={styles.lede}>{t("lede")}</p>
      </div>
      {links.length ? (
        <ul className={styles.cardList}>
          {links.map((link) => (
            <LinkEditor key={link.id} link={link} />
          ))}
        </ul>
      ) : (
        <p className={`${styles.panel} ${styles.empty}`}>{t("empty")}</p>
      )}
    </main>
  );
}
