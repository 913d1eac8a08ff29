// /admin/users (admins): every account with its role; create accounts and change roles.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { listUsers } from "@/lib/server/list-users";
import { Forbidden } from "@/components/admin/forbidden";
import { CreateUserForm, UsersTable } from "@/components/admin/users-admin";
import styles from "@/components/admin/admin.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPages.users"))("title") };
}

export default async function UsersPage() {
  await connection();
  const actor = await getActor(await headers());
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent("/admin/users")}`);
  if (!hasRole(actor.role, "admin")) return <Forbidden required="admin" actual={actor.role} />;
  const users = await listUsers();
  const t = await getTranslations("adminPages.users");
  return (
    <main id="main" className={styles.main}>
      <div>
        <h1 className={styles.pageTitle}>{t("title")}</h1>
        <p className={styles.lede}>{t("lede")}</p>
      </div>
      <UsersTable users={users} selfId={actor.id} />
      <CreateUserForm />
    </main>
  );
}
