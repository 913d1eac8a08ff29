// While an admin page's data loads.
import { getTranslations } from "next-intl/server";
import styles from "@/components/admin/admin.module.css";

export default async function AdminLoading() {
  const t = await getTranslations("adminPages");
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
