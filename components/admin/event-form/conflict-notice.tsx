"use client";
// A 409: someone saved this event after it was opened here. Nothing was saved; the notice shows their version
// and which fields differ from the form, and offers to load theirs or to keep these edits and save over it.
import { useWatch } from "react-hook-form";
import { formatEventDate } from "@/lib/domain/date-precision";
import { PARTICIPANT_ROLE_LABEL } from "@/lib/domain/labels";
import { FIELD_LABEL } from "@/lib/forms/event-form-errors";
import { differingFields, valuesFromEvent, type EventFormValues } from "@/lib/forms/event-form-values";
import type { AdminEventDto } from "@/lib/schemas/events";
import { CATEGORY_LABEL, EVIDENCE_LABEL, formatScore } from "../labels";
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
  return (
    <div ref={noticeRef} tabIndex={-1} role="alert" className={styles.noticeWarning}>
      <p className={styles.noticeTitle}>Someone else changed this event since you opened it</p>
      <p>Nothing of yours was saved. Their version is below; load it (your unsaved edits are discarded), or keep your edits and save over theirs.</p>
      {current ? (
        <>
          <dl className={styles.facts}>
            <dt>Version</dt>
            <dd>
              {current.version}
              {current.retired ? " (retired)" : ""}
            </dd>
            <dt>Title</dt>
            <dd>{current.title}</dd>
            <dt>Date</dt>
            <dd>{formatEventDate(current.date, current.precision)}</dd>
            <dt>Countries</dt>
            <dd>{current.participants.map((p) => (p.role ? `${p.name} (${PARTICIPANT_ROLE_LABEL[p.role].toLowerCase()})` : p.name)).join(", ")}</dd>
            <dt>Category</dt>
            <dd>{CATEGORY_LABEL[current.category]}</dd>
            <dt>Evidence</dt>
            <dd>{EVIDENCE_LABEL[current.evidence]}</dd>
            <dt>Score</dt>
            <dd>{formatScore(current.score)}</dd>
            <dt>Sources</dt>
            <dd>{current.sources.map((s) => `${s.publisher}: ${s.title}`).join("; ")}</dd>
          </dl>
          {differing.length ? <p className={styles.hint}>Differs from your form in: {differing.map((k) => FIELD_LABEL[k]).join(", ")}.</p> : null}
          <div className={styles.actions}>
            <button type="button" className={styles.button} onClick={() => onLoad(current)}>
              Load their version
            </button>
            <button type="button" className={styles.buttonQuiet} onClick={() => onKeep(current)}>
              Keep my edits
            </button>
          </div>
        </>
      ) : (
        <div className={styles.actions}>
          <button type="button" className={styles.button} onClick={() => window.location.reload()}>
            Reload the page
          </button>
        </div>
      )}
    </div>
  );
}
