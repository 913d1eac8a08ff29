"use client";
// The notice at the top of the form: what just happened (saved, loaded, retired), what went wrong (with a way
// to sign in again when the session ended), or a version conflict (conflict-notice.tsx).
import { useTranslations } from "next-intl";
import type { AdminEventDto } from "@/lib/schemas/events";
import { ConflictNotice } from "./conflict-notice";
import styles from "../admin.module.css";

/** What the notice says: a success, a failure, or a 409 with the record as it now is (null when the server sent none). */
export type Notice =
  | { kind: "saved"; text: string }
  | { kind: "error"; text: string; signIn?: boolean }
  | { kind: "conflict"; current: AdminEventDto | null };

/** The notice; `noticeRef` takes focus when a new one appears. */
export function NoticeView({
  notice,
  noticeRef,
  eventId,
  onLoad,
  onKeep,
}: {
  notice: Notice;
  noticeRef: React.RefObject<HTMLDivElement | null>;
  /** The event being edited, for the sign-in link's way back; none while creating. */
  eventId?: string;
  onLoad: (current: AdminEventDto) => void;
  onKeep: (current: AdminEventDto) => void;
}) {
  const t = useTranslations("adminForm");
  if (notice.kind === "saved") {
    return (
      <div ref={noticeRef} tabIndex={-1} role="status" className={styles.noticeSuccess}>
        <p className={styles.noticeTitle}>{notice.text}</p>
      </div>
    );
  }
  if (notice.kind === "error") {
    return (
      <div ref={noticeRef} tabIndex={-1} role="alert" className={styles.noticeError}>
        <p>{notice.text}</p>
        {notice.signIn ? (
          <p>
            {t.rich("notice.signInAgain", {
              link: (chunks) => (
                <a href={`/sign-in?next=${encodeURIComponent(eventId ? `/admin/events/${eventId}` : "/admin/events/new")}`} target="_blank" rel="noopener">
                  {chunks}
                </a>
              ),
            })}
          </p>
        ) : null}
      </div>
    );
  }
  return <ConflictNotice current={notice.current} noticeRef={noticeRef} onLoad={onLoad} onKeep={onKeep} />;
}
