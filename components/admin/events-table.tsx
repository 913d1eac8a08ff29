// The admin events list: one row per event, its title linking to the edit page. Text renders as text.
import Link from "next/link";
import { formatEventDate } from "@/lib/domain/date-precision";
import type { EventRowView } from "./types";
import { CATEGORY_LABEL, EVIDENCE_LABEL, formatScore } from "./labels";
import styles from "./admin.module.css";

export function EventsTable({ events }: { events: EventRowView[] }) {
  if (events.length === 0) {
    return <p className={`${styles.panel} ${styles.empty}`}>No events match these filters. Clear a filter or search for fewer words.</p>;
  }
  return (
    <div className={styles.tableWrap}>
      <table className={`${styles.table} ${styles.tableCards}`}>
        <caption className="visually-hidden">Events, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Title</th>
            <th scope="col">Countries</th>
            <th scope="col">Category</th>
            <th scope="col">Evidence</th>
            <th scope="col" className={styles.num}>
              Score
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {events.map((event) => (
            <tr key={event.id} className={event.retired ? styles.rowRetired : undefined}>
              <td className={styles.nowrap} data-label="Date">
                <time dateTime={event.date}>{formatEventDate(event.date, event.precision)}</time>
              </td>
              <td className={styles.cellTitle}>
                <Link href={`/admin/events/${event.id}`} className={styles.titleLink}>
                  {event.title}
                </Link>
                <div className={styles.cellMeta}>
                  {event.sourceCount} source{event.sourceCount === 1 ? "" : "s"}
                </div>
              </td>
              <td className={`${styles.cellMeta} ${styles.cellWide}`} data-label="Countries">
                {event.participants.map((p) => p.name).join(", ")}
              </td>
              <td className={styles.nowrap} data-label="Category">
                {CATEGORY_LABEL[event.category]}
              </td>
              <td data-label="Evidence">
                <span className={`badge badge--${event.evidence}`}>{EVIDENCE_LABEL[event.evidence]}</span>
              </td>
              <td className={styles.num} data-label="Score">
                {formatScore(event.score)}
              </td>
              <td data-label="Status">
                <span style={{ display: "inline-flex", gap: 4, flexWrap: "wrap" }}>
                  {event.retired ? <span className={`${styles.tag} ${styles.tagRetired}`}>Retired</span> : <span className={styles.tag}>Active</span>}
                  {event.origin === "machine" ? <span className={`${styles.tag} ${styles.tagMachine}`}>Machine</span> : null}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
