// The frame of every /admin page: the header with navigation and "Signed in as ... (role)" + Sign out.
// Each page checks the role it needs itself (and redirects anonymous visitors with ?next= to come back).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { AdminHeader } from "@/components/admin/admin-header";
import styles from "@/components/admin/admin.module.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { default: t("adminTitle"), template: t("adminTitleTemplate") } };
}

export default async function AdminLayout({ children }: { children: ReactNode }) {
  await connection();
  const actor = await getActor(await headers());
  const t = await getTranslations("admin");
  return (
    <div className={styles.frame}>
      <a href="#main" className="skip-link">
        {t("skip")}
      </a>
      {actor ? <AdminHeader name={actor.name} role={actor.role} /> : null}
      {children}
    </div>
  );
}
