"use client";
// The event form's state and what its Save does. react-hook-form holds the values, touched fields and messages
// (the resolver runs the API's schema); this adds what the library does not know about: the record an edit
// started from (its version goes with the PATCH), the notice at the top, the error summary, and what each
// answer to a Save (save-event.ts) does: created (open it), saved (show the new version), 400 (its issues on
// their fields via setError), 409 (the conflict notice), anything else (a message; sign in again on a 401).
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { useForm } from "react-hook-form";
import { eventFormResolver } from "@/lib/forms/event-form-resolver";
import { blankValues, valuesFromEvent, type EventFormValues } from "@/lib/forms/event-form-values";
import type { CreateEventRequest } from "@/lib/schemas/event-input";
import type { AdminEventDto } from "@/lib/schemas/events";
import { failureText } from "../api";
import { useFocusAfterRender } from "./focus";
import type { Notice } from "./notice";
import { saveEvent } from "./save-event";
import { setServerIssues } from "./server-issues";

/** What the editor starts from: a new event (none) or a saved one, and whether it was created just now. */
export interface EditorStart {
  mode: "create" | "edit";
  event?: AdminEventDto;
  justCreated?: boolean;
}

/** The form, the record loaded, the notice and the error summary's state, and the handlers the form's parts call. */
export function useEventEditor({ mode, event, justCreated = false }: EditorStart) {
  const router = useRouter();
  const t = useTranslations("adminForm");
  const [loaded, setLoaded] = useState(event);
  const [notice, setNotice] = useState<Notice | null>(justCreated ? { kind: "saved", text: t("notice.created") } : null);
  const [summaryShown, setSummaryShown] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [noticeRef, focusNotice] = useFocusAfterRender<HTMLDivElement>();
  const [summaryRef, focusSummary] = useFocusAfterRender<HTMLDivElement>();
  // The resolver writes its messages with the `t` of the first render: the locale cannot change while the page is open.
  const [resolver] = useState(() => eventFormResolver(t));
  const form = useForm<EventFormValues, unknown, CreateEventRequest>({
    defaultValues: event ? valuesFromEvent(event) : blankValues(),
    resolver,
    // A field's message appears once it has been left (or the form submitted), then follows every change.
    mode: "onTouched",
    // The error summary takes focus on a failed Save, and links to each field, instead of the first field.
    shouldFocusError: false,
  });

  // A "saved" notice is about the values it saved: the first edit after it makes it stale (a reset has no name).
  useEffect(() => {
    const subscription = form.watch((_, { name }) => {
      if (name) setNotice((current) => (current?.kind === "saved" ? null : current));
    });
    return () => subscription.unsubscribe();
  }, [form]);

  function announce(next: Notice) {
    setNotice(next);
    focusNotice();
  }

  /** Shows `record` as the form's new starting point, e.g. after a save or on loading the other person's version. */
  function showRecord(record: AdminEventDto, text: string) {
    setLoaded(record);
    form.reset(valuesFromEvent(record));
    setSummaryShown(false);
    announce({ kind: "saved", text });
    router.refresh();
  }

  async function save(request: CreateEventRequest) {
    setNotice(null);
    setSummaryShown(false);
    const outcome = await saveEvent(request, mode === "edit" ? loaded : undefined);
    switch (outcome.kind) {
      case "created":
        // The edit page takes over; the button keeps saying "Saving…" until it opens.
        setLeaving(true);
        setNotice({ kind: "saved", text: t("notice.opening") });
        router.push(`/admin/events/${outcome.event.id}?created=1`);
        break;
      case "saved":
        showRecord(outcome.event, t("notice.saved", { version: outcome.event.version }));
        break;
      case "conflict":
        announce({ kind: "conflict", current: outcome.current });
        break;
      case "rejected":
        setNotice({ kind: "error", text: t("notice.rejected") });
        setServerIssues(form, outcome.issues, t);
        setSummaryShown(true);
        focusSummary();
        break;
      case "failed":
        announce({ kind: "error", text: failureText(outcome.failure, t), signIn: outcome.signIn });
    }
  }

  function onInvalid() {
    setNotice(null);
    setSummaryShown(true);
    focusSummary();
  }

  return {
    form,
    loaded,
    notice,
    noticeRef,
    summaryRef,
    summaryShown,
    busy: form.formState.isSubmitting || leaving,
    onSubmit: form.handleSubmit(save, onInvalid),
    /** Loads the other person's version over the form's values. */
    loadCurrent: (current: AdminEventDto) =>
      showRecord(current, t("notice.loaded", { version: current.version })),
    /** Quotes their version but keeps these values: the next Save overwrites their change knowingly. */
    keepMine: (current: AdminEventDto) => {
      setLoaded({ ...current });
      setNotice({ kind: "error", text: t("notice.kept", { version: current.version }) });
    },
    /** After retiring or restoring: the new record (new version), the values as they are. */
    retiredOrRestored: (next: AdminEventDto) => {
      setLoaded(next);
      announce({ kind: "saved", text: next.retired ? t("notice.retired") : t("notice.restored") });
      router.refresh();
    },
    conflict: (current: AdminEventDto | null) => announce({ kind: "conflict", current }),
  };
}
