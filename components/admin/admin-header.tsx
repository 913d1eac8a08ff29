"use client";
// The admin screens' header: where you are, who you are ("Signed in as ... (role)"), and Sign out.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useState } from "react";
import type { Role } from "@/lib/auth/roles";
import { hasRole } from "@/lib/auth/roles";
import { ThemeSwitch } from "@/components/theme-switch";
import { LocaleSwitch } from "../locale-switch";
import styles from "./admin.module.css";

const NAV: { href: string; label: "events" | "audit" | "import" | "links" | "countries" | "users" | "tokens"; role: Role }[] = [
  { href: "/admin", label: "events", role: "editor" },
  { href: "/admin/audit", label: "audit", role: "editor" },
  { href: "/admin/import", label: "import", role: "editor" },
  { href: "/admin/links", label: "links", role: "admin" },
  { href: "/admin/countries", label: "countries", role: "admin" },
  { href: "/admin/users", label: "users", role: "admin" },
  { href: "/admin/tokens", label: "tokens", role: "admin" },
];

function isCurrent(pathname: string, href: string) {
  if (href === "/admin") return pathname === "/admin" || pathname.startsWith("/admin/events");
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function AdminHeader({ name, role }: { name: string; role: Role }) {
  const pathname = usePathname() ?? "";
  const t = useTranslations("admin");
  return (
    <header className={styles.header}>
      <Link href="/admin" className={styles.brand}>
        <span className={styles.brandName}>Axis Atlas</span>
        <span className={styles.brandTag}>{t("admin")}</span>
      </Link>
      <nav aria-label={t("nav")} className={styles.nav}>
        {NAV.filter((item) => hasRole(role, item.role)).map((item) => (
          <Link
            key={item.href}
            href={item.href}
            className={styles.navLink}
            aria-current={isCurrent(pathname, item.href) ? "page" : undefined}
          >
            {t(item.label)}
          </Link>
        ))}
        <Link href="/" className={styles.navLink}>
          {t("map")}
        </Link>
      </nav>
      <div className={styles.who}>
        <span>{t.rich("signedInAs", { b: (chunks) => <strong>{chunks}</strong>, name, role: t(`role.${role}`) })}</span>
        <SignOutButton />
        <LocaleSwitch pathname={pathname} />
      </div>
      <ThemeSwitch className={`segmented ${styles.theme}`} />
    </header>
  );
}

export function SignOutButton() {
  const t = useTranslations("admin");
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  async function signOut() {
    setBusy(true);
    setFailed(false);
    try {
      const response = await fetch("/api/auth/sign-out", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: "{}",
        credentials: "same-origin",
      });
      if (!response.ok) throw new Error(String(response.status));
      // A full navigation, so no page rendered for the signed-in user stays in the router cache.
      window.location.assign("/sign-in");
    } catch {
      setFailed(true);
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" className={`${styles.button} ${styles.buttonSmall}`} onClick={signOut} disabled={busy}>
        {busy ? t("signingOut") : t("signOut")}
      </button>
      {failed ? (
        <span role="alert" className={styles.error}>
          {t("signOutFailed")}
        </span>
      ) : null}
    </>
  );
}
