// Shown instead of a page the signed-in person's role does not reach (HTTP-wise a 200, content-wise a 403).
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { Role } from "@/lib/auth/roles";
import styles from "./admin.module.css";

export function Forbidden({ required, actual }: { required: Role; actual: Role }) {
  const t = useTranslations("forbidden");
  const roles = useTranslations("admin.role");
  return (
    <main id="main" className={`${styles.main} ${styles.mainNarrow}`}>
      <div className={styles.noticeError} role="alert">
        <p className={styles.eyebrow}>{t("eyebrow")}</p>
        <h1 className={styles.pageTitle}>{t("title", { role: roles(required) })}</h1>
        <p>
          {t("signedInAs", { actual })}{" "}
          {required === "admin" ? t("adminOnly") : t("editorOnly")}
        </p>
        <div className={styles.actions}>
          {actual !== "viewer" ? (
            <Link href="/admin" className={styles.button}>
              {t("back")}
            </Link>
          ) : null}
          <Link href="/" className={styles.button}>
            {t("map")}
          </Link>
        </div>
      </div>
    </main>
  );
}
