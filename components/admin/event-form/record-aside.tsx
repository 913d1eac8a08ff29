"use client";
// Beside the edit form: the record's facts (status, version, origin, when created and changed, id) and the
// retire/restore panel. The form passes what retiring changed back up, so the version it quotes stays current.
import type { AdminEventDto } from "@/lib/schemas/events";
import { formatTimestamp } from "../labels";
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
  return (
    <aside className={styles.aside} aria-label="About this event">
      <section className={styles.panel} aria-labelledby="facts-title">
        <h2 id="facts-title" className={styles.sectionTitle}>
          Record
        </h2>
        <dl className={styles.facts}>
          <dt>Status</dt>
          <dd>{event.retired ? <span className={`${styles.tag} ${styles.tagRetired}`}>Retired</span> : <span className={styles.tag}>Active</span>}</dd>
          <dt>Version</dt>
          <dd>{event.version}</dd>
          <dt>Origin</dt>
          <dd>{event.origin === "machine" ? "Machine-coded" : "Curated"}</dd>
          <dt>Created</dt>
          <dd>{formatTimestamp(event.createdAt)}</dd>
          <dt>Changed</dt>
          <dd>{formatTimestamp(event.updatedAt)}</dd>
          <dt>Id</dt>
          <dd className={styles.mono} style={{ fontSize: "0.75rem" }}>
            {event.id}
          </dd>
        </dl>
        <a href={`/api/events/${event.id}`} className={styles.hint}>
          View as JSON
        </a>
      </section>
      <RetireControl event={event} onChanged={onChanged} onConflict={onConflict} />
    </aside>
  );
}
