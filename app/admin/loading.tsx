// While an admin page's data loads.
import { useTranslations } from "next-intl";
import styles from "@/components/admin/admin.module.css";

export default function AdminLoading() {
  // Rendered on the server (no "use client"), so its namespace stays server-only.
  const t = useTranslations("adminPages");
  return (
    <main id="main" className={styles.main} aria-busy="true">
      <p className={styles.lede} role="status">
        {t("loading")}
      </p>
      <div className="skeleton" aria-hidden="true">
        <span className="skeleton__line" style={{ width: "40%" }} />
        <span className="skeleton__line" />
        <span className="skeleton__line" />
        <span className="skeleton__line" style={{ width: "80%" }} />
      </div>
    </main>
  );
}
