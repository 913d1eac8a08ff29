// The admin events list: one row per event, its title linking to the edit page. Text renders as text.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { countryName } from "@/lib/i18n/country-name";
import { formatEventDate } from "@/lib/i18n/format-date";
import { formatSignedScore } from "@/lib/i18n/format-number";
import type { Locale } from "@/lib/i18n/locales";
import type { EventRowView } from "./types";
import styles from "./admin.module.css";

export function EventsTable({ events }: { events: EventRowView[] }) {
  const t = useTranslations("adminEvents");
  const l = useTranslations("labels");
  const locale = useLocale() as Locale;
  if (events.length === 0) {
    return <p className={`${styles.panel} ${styles.empty}`}>{t("emptyTable")}</p>;
  }
  return (
    <div className={styles.tableWrap}>
      <table className={`${styles.table} ${styles.tableCards}`}>
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("date")}</th>
            <th scope="col">{t("titleColumn")}</th>
            <th scope="col">{t("countries")}</th>
            <th scope="col">{t("category")}</th>
            <th scope="col">{t("evidence")}</th>
            <th scope="col" className={styles.num}>
              {t("score")}
            </th>
            <th scope="col">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className={event.retired ? styles.rowRetired : undefined}>
              <td className={styles.nowrap} data-label={t("date")}>
                <time dateTime={event.date}>{formatEventDate(locale, event.date, event.precision)}</time>
              </td>
              <td className={styles.cellTitle}>
                <Link href={`/admin/events/${event.id}`} className={styles.titleLink} lang="en" dir="auto">
                  {event.title}
                </Link>
                <div className={styles.cellMeta}>{t("sources", { count: event.sourceCount })}</div>
              </td>
              <td className={`${styles.cellMeta} ${styles.cellWide}`} data-label={t("countries")}>
                {event.participants.map((p) => countryName(locale, p.id, p.name)).join(", ")}
              </td>
              <td className={styles.nowrap} data-label={t("category")}>
                {l(`category.${event.category}`)}
              </td>
              <td data-label={t("evidence")}>
                <span className={`badge badge--${event.evidence}`}>{l(`evidence.${event.evidence}`)}</span>
              </td>
              <td className={styles.num} data-label={t("score")}>
                {formatSignedScore(locale, event.score)}
              </td>
              <td data-label={t("status")}>
                <span style={{ display: "inline-flex", gap: 4, flexWrap: "wrap" }}>
                  {event.retired ? <span className={`${styles.tag} ${styles.tagRetired}`}>{t("retired")}</span> : <span className={styles.tag}>{t("active")}</span>}
                  {event.origin === "machine" ? <span className={`${styles.tag} ${styles.tagMachine}`}>{t("machine")}</span> : null}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
