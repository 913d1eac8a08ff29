"use client";
// The event editor: one form for adding and editing an event, on react-hook-form with the API's own zod schema
// as its resolver (lib/forms/event-form-values.ts). Messages appear under a field once it has been left or the
// form submitted, in a summary at the top on a failed Save, and the server's 400 issues land on the same
// fields. A stale version (409) shows what the other person saved, with a way to load it. The parts are in
// this folder; use-event-editor.ts holds the state and the Save.
import { useTranslations } from "next-intl";
import { FormProvider } from "react-hook-form";
import type { AdminEventDto } from "@/lib/schemas/events";
import type { CountryOption } from "../types";
import { CameoField, CategoryAndScore, EvidenceField } from "./classification-fields";
import { CountriesField } from "./countries-field";
import { DateFields } from "./date-fields";
import { ErrorSummary } from "./error-summary";
import { NoticeView } from "./notice";
import { RecordAside } from "./record-aside";
import { SaveBar } from "./save-bar";
import { SourcesField } from "./sources-field";
import { TextFields } from "./text-fields";
import { useEventEditor } from "./use-event-editor";
import styles from "../admin.module.css";

/** The form for a new event (`mode` "create") or for `event` ("edit", with its record, retire control and history). */
export function EventForm({
  mode,
  countries,
  event,
  justCreated = false,
  history,
}: {
  mode: "create" | "edit";
  /** Every country an event may name, for the picker. */
  countries: CountryOption[];
  event?: AdminEventDto;
  /** True right after creating: the edit page opens with "Event created". */
  justCreated?: boolean;
  /** The event's audit history, rendered on the server, shown under the form. */
  history?: React.ReactNode;
}) {
  const editor = useEventEditor({ mode, event, justCreated });
  const { loaded } = editor;
  const t = useTranslations("adminForm");

  const form = (
    <FormProvider {...editor.form}>
      <form className={`${styles.panel} ${styles.form}`} onSubmit={editor.onSubmit} noValidate aria-label={mode === "create" ? t("formNew") : t("formEdit")}>
        {editor.notice ? (
          <NoticeView notice={editor.notice} noticeRef={editor.noticeRef} eventId={loaded?.id} onLoad={editor.loadCurrent} onKeep={editor.keepMine} />
        ) : null}
        {editor.summaryShown ? <ErrorSummary summaryRef={editor.summaryRef} /> : null}
        <TextFields />
        <DateFields />
        <CountriesField countries={countries} />
        <CategoryAndScore />
        <EvidenceField />
        <CameoField />
        <SourcesField />
        <SaveBar mode={mode} loaded={loaded} busy={editor.busy} />
      </form>
    </FormProvider>
  );

  if (mode === "create" || !loaded) return form;
  return (
    <div className={styles.editorGrid}>
      <div style={{ display: "grid", gap: 16, minWidth: 0 }}>
        {form}
        {history}
      </div>
      <RecordAside event={loaded} onChanged={editor.retiredOrRestored} onConflict={editor.conflict} />
    </div>
  );
}
