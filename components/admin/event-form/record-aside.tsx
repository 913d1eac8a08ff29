"use client";
// Beside the edit form: the record's facts (status, version, origin, when created and changed, id) and the
// retire/restore panel. The form passes what retiring changed back up, so the version it quotes stays current.
import { useLocale, useTranslations } from "next-intl";
import type { AdminEventDto } from "@/lib/schemas/events";
import { formatTimestamp } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/locales";
import { RetireControl } from "./retire-control";
import styles from "../admin.module.css";

/** The aside for `event` as last loaded; `onChanged` gets the retired or restored record, `onConflict` a 409's. */
export function RecordAside({
  event,
  onChanged,
  onConflict,
}: {
  event: AdminEventDto;
  onChanged: (event: AdminEventDto) => void;
  onConflict: (current: AdminEventDto | null) => void;
}) {
  const t = useTranslations("adminForm.record");
  const locale = useLocale() as Locale;
  return (
    <aside className={styles.aside} aria-label={t("about")}>
      <section className={styles.panel} aria-labelledby="facts-title">
        <h2 id="facts-title" className={styles.sectionTitle}>
          {t("title")}
        </h2>
        <dl className={styles.facts}>
          <dt>{t("status")}</dt>
          <dd>{event.retired ? <span className={`${styles.tag} ${styles.tagRetired}`}>{t("retired")}</span> : <span className={styles.tag}>{t("active")}</span>}</dd>
          <dt>{t("version")}</dt>
          <dd>{event.version}</dd>
          <dt>{t("origin")}</dt>
          <dd>{event.origin === "machine" ? t("machine") : t("curated")}</dd>
          <dt>{t("created")}</dt>
          <dd>{formatTimestamp(locale, event.createdAt)}</dd>
          <dt>{t("changed")}</dt>
          <dd>{formatTimestamp(locale, event.updatedAt)}</dd>
          <dt>{t("id")}</dt>
          <dd className={styles.mono} style={{ fontSize: "0.75rem" }}>
            {event.id}
          </dd>
        </dl>
        <a href={`/api/events/${event.id}`} className={styles.hint}>
          {t("json")}
        </a>
      </section>
      <RetireControl event={event} onChanged={onChanged} onConflict={onConflict} />
    </aside>
  );
}
