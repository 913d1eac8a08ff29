"use client";
// The sticky bar under the form: whether there are unsaved changes (an edit compares the request the form
// would send with the one the loaded record makes, so retyping a value as it was is no change), Cancel or
// Back, and the Save button, which says "Saving…" while a save is under way.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useWatch } from "react-hook-form";
import { differingFields, valuesFromEvent, type EventFormValues } from "@/lib/forms/event-form-values";
import type { AdminEventDto } from "@/lib/schemas/events";
import styles from "../admin.module.css";

/** The bar; `loaded` is the record an edit started from (none while creating). */
export function SaveBar({ mode, loaded, busy }: { mode: "create" | "edit"; loaded?: AdminEventDto; busy: boolean }) {
  const values = useWatch<EventFormValues>() as EventFormValues;
  const t = useTranslations("adminForm.saveBar");
  const dirty = loaded ? differingFields(values, valuesFromEvent(loaded)).length > 0 : true;
  return (
    <div className={styles.stickyBar}>
      <span className={styles.hint} aria-live="polite">
        {busy ? t("saving") : mode === "edit" ? (dirty ? t("unsaved") : t("noUnsaved")) : ""}
      </span>
      <div className={styles.actions}>
        <Link href="/admin" className={styles.buttonQuiet}>
          {mode === "create" ? t("cancel") : t("back")}
        </Link>
        <button type="submit" className={styles.buttonPrimary} disabled={busy}>
          {busy ? t("saving") : mode === "create" ? t("create") : t("save")}
        </button>
      </div>
    </div>
  );
}
