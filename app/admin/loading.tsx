// While an admin page's data loads.
import styles from "@/components/admin/admin.module.css";

export default function AdminLoading() {
  return (
    <main id="main" className={styles.main} aria-busy="true">
      <p className={styles.lede} role="status">
        Loading…
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
