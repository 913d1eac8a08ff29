"use client";
// A 409: someone saved this event after it was opened here. Nothing was saved; the notice shows their version
// and which fields differ from the form, and offers to load theirs or to keep these edits and save over it.
import { useLocale, useTranslations } from "next-intl";
import { useWatch } from "react-hook-form";
import { countryName } from "@/lib/i18n/country-name";
import { formatEventDate } from "@/lib/i18n/format-date";
import { formatSignedScore } from "@/lib/i18n/format-number";
import type { Locale } from "@/lib/i18n/locales";
import { differingFields, valuesFromEvent, type EventFormValues } from "@/lib/forms/event-form-values";
import type { AdminEventDto } from "@/lib/schemas/events";
import styles from "../admin.module.css";

/** The conflict notice for `current`, the record as the server has it now (null: it sent none, so reload). */
export function ConflictNotice({
  current,
  noticeRef,
  onLoad,
  onKeep,
}: {
  current: AdminEventDto | null;
  noticeRef: React.RefObject<HTMLDivElement | null>;
  onLoad: (current: AdminEventDto) => void;
  onKeep: (current: AdminEventDto) => void;
}) {
  const mine = useWatch<EventFormValues>() as EventFormValues;
  const differing = current ? differingFields(mine, valuesFromEvent(current)) : [];
  const t = useTranslations("adminForm");
  const l = useTranslations("labels");
  const locale = useLocale() as Locale;
  const list = (items: string[]) => new Intl.ListFormat(locale, { type: "unit" }).format(items);
  return (
    <div ref={noticeRef} tabIndex={-1} role="alert" className={styles.noticeWarning}>
      <p className={styles.noticeTitle}>{t("conflict.title")}</p>
      <p>{t("conflict.body")}</p>
      {current ? (
        <>
          <dl className={styles.facts}>
            <dt>{t("record.version")}</dt>
            <dd>{current.retired ? t("conflict.versionRetired", { version: current.version }) : current.version}</dd>
            <dt>{t("field.title")}</dt>
            <dd>{current.title}</dd>
            <dt>{t("field.date")}</dt>
            <dd>{formatEventDate(locale, current.date, current.precision)}</dd>
            <dt>{t("field.countries")}</dt>
            <dd>
              {list(
                current.participants.map((p) => {
                  const name = countryName(locale, p.id, p.name);
                  return p.role ? t("conflict.countryWithRole", { country: name, role: l(`role.${p.role}`) }) : name;
                }),
              )}
            </dd>
            <dt>{t("field.category")}</dt>
            <dd>{l(`category.${current.category}`)}</dd>
            <dt>{t("field.evidence")}</dt>
            <dd>{l(`evidence.${current.evidence}`)}</dd>
            <dt>{t("field.score")}</dt>
            <dd>{formatSignedScore(locale, current.score)}</dd>
            <dt>{t("field.sources")}</dt>
            <dd>{current.sources.map((s) => `${s.publisher}: ${s.title}`).join("; ")}</dd>
          </dl>
          {differing.length ? <p className={styles.hint}>{t("conflict.differs", { fields: list(differing.map((k) => t(`field.${k}`))) })}</p> : null}
          <div className={styles.actions}>
            <button type="button" className={styles.button} onClick={() => onLoad(current)}>
              {t("conflict.load")}
            </button>
            <button type="button" className={styles.buttonQuiet} onClick={() => onKeep(current)}>
              {t("conflict.keep")}
            </button>
          </div>
        </>
      ) : (
        <div className={styles.actions}>
          <button type="button" className={styles.button} onClick={() => window.location.reload()}>
            {t("conflict.reload")}
          </button>
        </div>
      )}
    </div>
  );
}
