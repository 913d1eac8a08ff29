// Pieces both reports use: the row of figures and the list of new links.
import { useLocale, useTranslations } from "next-intl";
import styles from "@/components/admin/admin.module.css";
import type { Locale } from "@/lib/i18n/locales";
import own from "./import.module.css";
import { formatCount } from "./labels";

/** Figures in a row (a grid that wraps on phones), each a number over its label. */
export function Figures({ items }: { items: [label: string, value: number][] }) {
  const locale = useLocale() as Locale;
  return (
    <dl className={own.figures}>
      {items.map(([label, value]) => (
        <div key={label} className={own.figure}>
          <dt className={own.figureLabel}>{label}</dt>
          <dd className={own.figureValue}>{formatCount(locale, value)}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The new links by id: all of them, or the first ones of `total`. */
export function NewLinks({ ids, total, would }: { ids: string[]; total: number; would: boolean }) {
  const t = useTranslations("adminImport.newLinks");
  if (total === 0) return null;
  const name = would ? t("would") : t("made");
  const title = total > ids.length ? t("firstOf", { title: name, shown: ids.length, total }) : name;
  return (
    <section aria-label={title} className={styles.field}>
      <h3 className={styles.label}>{title}</h3>
      <ul className={own.linkIds}>
        {ids.map((id) => (
          <li key={id} className={styles.mono}>{id}</li>
        ))}
      </ul>
    </section>
  );
}
