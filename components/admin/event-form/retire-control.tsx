"use client";
// Retiring takes an event off the public map and API without deleting it; restoring puts it back. Both quote
// the version loaded, so a concurrent edit comes back as a 409 (the form's conflict notice), and both ask first.
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { AdminEventDto } from "@/lib/schemas/events";
import { callApi, failureText } from "../api";
import { currentOf } from "./current";
import styles from "../admin.module.css";

/** The Retire (or, for a retired event, Restore) panel with its confirmation step. */
export function RetireControl({
  event,
  onChanged,
  onConflict,
}: {
  event: AdminEventDto;
  onChanged: (event: AdminEventDto) => void;
  onConflict: (current: AdminEventDto | null) => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);
  const t = useTranslations("adminForm.retire");
  const tf = useTranslations("adminForm");

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  async function act() {
    setBusy(true);
    setError(null);
    const result = event.retired
      ? await callApi<{ event: AdminEventDto }>("POST", `/api/events/${event.id}/restore`, { version: event.version })
      : await callApi<{ event: AdminEventDto }>("DELETE", `/api/events/${event.id}`, { version: event.version });
    setBusy(false);
    setConfirming(false);
    if (result.ok) onChanged(result.data.event);
    else if (result.status === 409) onConflict(currentOf(result.current));
    else setError(failureText(result, tf));
  }

  // One set of words per direction: "retire" or "restore".
  const way = event.retired ? "restore" : "retire";
  return (
    <section className={styles.panel} aria-labelledby="retire-title">
      <h2 id="retire-title" className={styles.sectionTitle}>
        {event.retired ? t("retiredTitle") : t("retireTitle")}
      </h2>
      <p className={styles.hint}>
        {event.retired ? t("retiredHint") : t("retireHint")}
      </p>
      {confirming ? (
        <div className={styles.noticeWarning} role="group" aria-label={t(`${way}.confirmLabel`)}>
          <p>{t(`${way}.question`, { title: event.title })}</p>
          <div className={styles.actions}>
            <button ref={confirmRef} type="button" className={event.retired ? styles.button : styles.buttonDanger} onClick={act} disabled={busy}>
              {busy ? t(`${way}.busy`) : t(`${way}.yes`)}
            </button>
            <button type="button" className={styles.buttonQuiet} onClick={() => setConfirming(false)} disabled={busy}>
              {t("cancel")}
            </button>
          </div>
        </div>
      ) : (
        <div className={styles.actions}>
          <button type="button" className={event.retired ? styles.button : styles.buttonDanger} onClick={() => setConfirming(true)}>
            {t(`${way}.open`)}
          </button>
        </div>
      )}
      {error ? (
        <p role="alert" className={styles.error}>
          {error}
        </p>
      ) : null}
    </section>
  );
}
