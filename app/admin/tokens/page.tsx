// /admin/tokens (admins): personal API tokens for scripts: list, create (shown once), revoke.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { getActor } from "@/lib/auth/actor";
import { hasRole } from "@/lib/auth/roles";
import { listApiTokens } from "@/lib/server/list-api-tokens";
import { listUsers } from "@/lib/server/list-users";
import { Forbidden } from "@/components/admin/forbidden";
import { CreateTokenForm, TokensTable } from "@/components/admin/tokens-admin";
import styles from "@/components/admin/admin.module.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminPages.tokens"))("title") };
}

export default async function TokensPage() {
  await connection();
  const actor = await getActor(await headers());
  if (!actor) redirect(`/sign-in?next=${encodeURIComponent("/admin/tokens")}`);
  if (!hasRole(actor.role, "admin")) return <Forbidden required="admin" actual={actor.role} />;
  const [tokens, users] = await Promise.all([listApiTokens(), listUsers()]);
  const t = await getTranslations("adminPages.tokens");
  return (
    <main id="main" className={styles.main}>
      <div>
        <h1 className={styles.pageTitle}>{t("title")}</h1>
        <p className={styles.lede}>
          {t.rich("lede", { code: (chunks) => <code className={styles.mono}>{chunks}</code> })}
        </p>
      </div>
      <CreateTokenForm users={users.filter((u) => u.role !== "viewer")} selfId={actor.id} />
      <TokensTable tokens={tokens} />
    </main>
  );
}
