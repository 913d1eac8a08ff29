// /sign-in: email and password sign-in for editors and admins; goes on to ?next= (same-site paths only).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { SignInForm } from "@/components/admin/sign-in-form";
import { safeNextPath } from "@/components/admin/labels";
import { SignInQuerySchema } from "@/lib/schemas/admin-pages";
import { parseQueryLeniently } from "@/lib/schemas/query";
import styles from "@/components/admin/admin.module.css";
import { LocaleSwitch } from "@/components/locale-switch";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("meta"))("signInTitle") };
}

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { data } = parseQueryLeniently(SignInQuerySchema, await searchParams);
  const next = safeNextPath(data.next);
  const actor = await getActor(await headers());
  if (actor) redirect(next);
  const t = await getTranslations("signIn");
  return (
    <main id="main" className={styles.signInWrap}>
      <div className={styles.signInCard}>
        <div style={{ display: "grid", gap: 6 }}>
          <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", gap: 12 }}>
            <p className={styles.eyebrow}>Axis Atlas</p>
            <LocaleSwitch pathname="/sign-in" />
          </div>
          <h1 className={styles.pageTitle}>{t("title")}</h1>
          <p className={styles.lede}>{t("lede")}</p>
        </div>
        <SignInForm next={next} />
        <p className={styles.hint}>
          {t("noAccount")} <Link href="/">{t("back")}</Link>
        </p>
      </div>
    </main>
  );
}
