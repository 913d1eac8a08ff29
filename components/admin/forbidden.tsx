// Shown instead of a page the signed-in person's role does not reach (HTTP-wise a 200, content-wise a 403).
import Link from "next/link";
import type { Role } from "@/lib/auth/roles";
import { ROLE_LABEL } from "./labels";
import styles from "./admin.module.css";

export function Forbidden({ required, actual }: { required: Role; actual: Role }) {
  return (
    <main id="main" className={`${styles.main} ${styles.mainNarrow}`}>
      <div className={styles.noticeError} role="alert">
        <p className={styles.eyebrow}>403 · Not allowed</p>
        <h1 className={styles.pageTitle}>You need the {ROLE_LABEL[required].toLowerCase()} role to open this page</h1>
        <p>
          You are signed in as {ROLE_LABEL[actual].toLowerCase() === "admin" ? "an" : "a"} {ROLE_LABEL[actual].toLowerCase()}.{" "}
          {required === "admin"
            ? "Only admins manage users, API tokens, links and countries."
            : "Editors and admins add and edit events; ask an admin to give your account the editor role."}
        </p>
        <div className={styles.actions}>
          {actual !== "viewer" ? (
            <Link href="/admin" className={styles.button}>
              Back to events
            </Link>
          ) : null}
          <Link href="/" className={styles.button}>
            Go to the map
          </Link>
        </div>
      </div>
    </main>
  );
}
