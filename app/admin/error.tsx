"use client";
// An admin page failed to render (e.g. the database is down): say so and offer a retry.
import { useTranslations } from "next-intl";
import { useEffect } from "react";
import styles from "@/components/admin/admin.module.css";

export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("adminManage.pageError");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className={`${styles.main} ${styles.mainNarrow}`}>
      <div className={styles.noticeError} role="alert">
        <h1 className={styles.noticeTitle}>{t("title")}</h1>
        <p>{t("body")}</p>
        <div className={styles.actions}>
          <button type="button" className={styles.button} onClick={reset}>
            {t("retry")}
          </button>
        </div>
      </div>
    </main>
  );
}
