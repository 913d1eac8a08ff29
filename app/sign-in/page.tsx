// /sign-in: email and password sign-in for editors and admins; goes on to ?next= (same-site paths only).
import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Sign in · Axis Atlas" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const { data } = parseQueryLeniently(SignInQuerySchema, await searchParams);
  const next = safeNextPath(data.next);
  const actor = await getActor(await headers());
  if (actor) redirect(next);
  return (
    <main id="main" className={styles.signInWrap}>
      <div className={styles.signInCard}>
        <div style={{ display: "grid", gap: 6 }}>
          <p className={styles.eyebrow}>Axis Atlas</p>
          <h1 className={styles.pageTitle}>Sign in to edit the atlas</h1>
          <p className={styles.lede}>For editors and admins. Reading the map needs no account.</p>
        </div>
        <SignInForm next={next} />
        <p className={styles.hint}>
          No account? Ask an admin to create one. <Link href="/">Back to the map</Link>
        </p>
      </div>
    </main>
  );
}
