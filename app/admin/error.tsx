"use client";
// An admin page failed to render (e.g. the database is down): say so and offer a retry.
import { useEffect } from "react";
import styles from "@/components/admin/admin.module.css";

export default function AdminError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main id="main" className={`${styles.main} ${styles.mainNarrow}`}>
      <div className={styles.noticeError} role="alert">
        <h1 className={styles.noticeTitle}>This admin page could not be shown.</h1>
        <p>The server or the database did not answer as expected. Nothing was changed. Trying again usually helps.</p>
        <div className={styles.actions}>
          <button type="button" className={styles.button} onClick={reset}>
            Retry
          </button>
        </div>
      </div>
    </main>
  );
}
