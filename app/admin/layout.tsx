// The frame of every /admin page: the header with navigation and "Signed in as ... (role)" + Sign out.
// Each page checks the role it needs itself (and redirects anonymous visitors with ?next= to come back).
import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { headers } from "next/headers";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { adminClientMessages } from "@/lib/i18n/client-messages";
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
  const locale = await getLocale();
  // The admin screens' client components get their namespaces here, and only here: the root layout keeps them out
  // of every page's payload (lib/i18n/client-messages.ts), so the public dashboard never carries them.
  const messages = adminClientMessages(await getMessages());
  return (
    <NextIntlClientProvider locale={locale} messages={messages} timeZone="UTC">
    <div className={styles.frame}>
      <a href="#main" className="skip-link">
        {t("skip")}
      </a>
      {actor ? <AdminHeader name={actor.name} role={actor.role} /> : null}
      {children}
    </div>
    </NextIntlClientProvider>
  );
}
