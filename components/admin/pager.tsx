// Previous / next page links that keep the current filters (server-rendered; works without JavaScript).
import Link from "next/link";
import { useTranslations } from "next-intl";
import styles from "./admin.module.css";

export function Pager({ page, pageCount, hrefFor, label }: { page: number; pageCount: number; hrefFor: (page: number) => string; label: string }) {
  const t = useTranslations("adminEvents");
  if (pageCount <= 1) return null;
  const cls = `${styles.button} ${styles.buttonSmall}`;
  return (
    <nav aria-label={label} className={styles.pager}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} className={cls} rel="prev">
          {t("newer")}
        </Link>
      ) : (
        <span className={`${cls} ${styles.pagerDisabled}`} aria-hidden="true">
          {t("newer")}
        </span>
      )}
      <span>{t("page", { page, pageCount })}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} className={cls} rel="next">
          {t("older")}
        </Link>
      ) : (
        <span className={`${cls} ${styles.pagerDisabled}`} aria-hidden="true">
          {t("older")}
        </span>
      )}
    </nav>
  );
}
