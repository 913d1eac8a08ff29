"use client";
// Retiring takes an event off the public map and API without deleting it; restoring puts it back. Both quote
// the version loaded, so a concurrent edit comes back as a 409 (the form's conflict notice), and both ask first.
import { useEffect, useRef, useState } from "react";
import type { AdminEventDto } from "@/lib/schemas/events";
import { callApi } from "../api";
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
    else setError(result.message);
  }

  const verb = event.retired ? "Restore" : "Retire";
  return (
    <section className={styles.panel} aria-labelledby="retire-title">
      <h2 id="retire-title" className={styles.sectionTitle}>
        {event.retired ? "This event is retired" : "Retire"}
      </h2>
      <p className={styles.hint}>
        {event.retired
          ? "It is off the public map and API. Restoring puts it back; the audit trail keeps both steps."
          : "Retiring takes the event off the public map and API. It stays in the database and the audit trail, and can be restored."}
      </p>
      {confirming ? (
        <div className={styles.noticeWarning} role="group" aria-label={`Confirm ${verb.toLowerCase()}`}>
          <p>
            {verb} “{event.title}”?
          </p>
          <div className={styles.actions}>
            <button ref={confirmRef} type="button" className={event.retired ? styles.button : styles.buttonDanger} onClick={act} disabled={busy}>
              {busy ? `${verb === "Retire" ? "Retiring" : "Restoring"}…` : `Yes, ${verb.toLowerCase()} it`}
            </button>
            <button type="button" className={styles.buttonQuiet} onClick={() => setConfirming(false)} disabled={busy}>
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className={styles.actions}>
          <button type="button" className={event.retired ? styles.button : styles.buttonDanger} onClick={() => setConfirming(true)}>
            {verb} event…
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
