"use client";
// The admin screens' header: where you are, who you are ("Signed in as ... (role)"), and Sign out.
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import type { Role } from "@/lib/auth/roles";
import { hasRole } from "@/lib/auth/roles";
import { ThemeSwitch } from "@/components/theme-switch";
import { ROLE_LABEL } from "./labels";
import styles from "./admin.module.css";

const NAV: { href: string; label: string; role: Role }[] = [
  { href: "/admin", label: "Events", role: "editor" },
  { href: "/admin/audit", label: "Audit trail", role: "editor" },
  { href: "/admin/import", label: "Import", role: "editor" },
  { href: "/admin/links", label: "Links", role: "admin" },
  { href: "/admin/countries", label: "Countries", role: "admin" },
  { href: "/admin/users", label: "Users", role: "admin" },
  { href: "/admin/tokens", label: "API tokens", role: "admin" },
];

function isCurrent(pathname: string, href: string) {
  if (href === "/admin") return pathname === "/admin" || pathname.startsWith("/admin/events");
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function AdminHeader({ name, role }: { name: string; role: Role }) {
  const pathname = usePathname() ?? "";
  return (
    <header className={styles.header}>
      <Link href="/admin" className={styles.brand}>
        <span className={styles.brandName}>Axis Atlas</span>
        <span className={styles.brandTag}>Admin</span>
      </Link>
      <nav aria-label="Admin" className={styles.nav}>
        {NAV.filter((item) => hasRole(role, item.role)).map((item) => (
          <Link
            key={item.href}
            href={item.href}
            className={styles.navLink}
            aria-current={isCurrent(pathname, item.href) ? "page" : undefined}
          >
            {item.label}
          </Link>
        ))}
        <Link href="/" className={styles.navLink}>
          Map ↗
        </Link>
      </nav>
      <div className={styles.who}>
        <span>
          Signed in as <strong>{name}</strong> ({ROLE_LABEL[role].toLowerCase()})
        </span>
        <SignOutButton />
      </div>
      <ThemeSwitch className={`segmented ${styles.theme}`} />
    </header>
  );
}

export function SignOutButton() {
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
        {busy ? "Signing out…" : "Sign out"}
      </button>
      {failed ? (
        <span role="alert" className={styles.error}>
          Sign-out failed; try again.
        </span>
      ) : null}
    </>
  );
}
