// Previous / next page links that keep the current filters (server-rendered; works without JavaScript).
import Link from "next/link";
import styles from "./admin.module.css";

export function Pager({ page, pageCount, hrefFor, label }: { page: number; pageCount: number; hrefFor: (page: number) => string; label: string }) {
  if (pageCount <= 1) return null;
  const cls = `${styles.button} ${styles.buttonSmall}`;
  return (
    <nav aria-label={label} className={styles.pager}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={cls} rel="prev">
          ← Newer
        </Link>
      ) : (
        <span className={`${cls} ${styles.pagerDisabled}`} aria-hidden="true">
          ← Newer
        </span>
      )}
      <span>
        Page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={cls} rel="next">
          Older →
        </Link>
      ) : (
        <span className={`${cls} ${styles.pagerDisabled}`} aria-hidden="true">
          Older →
        </span>
      )}
    </nav>
  );
}
