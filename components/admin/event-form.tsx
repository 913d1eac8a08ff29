"use client";
// The event editor: one form for adding and editing an event, validated with the same zod schema the API
// uses (lib/schemas/event-input.ts). Messages appear under a field once it has been left or the form
// submitted, in a summary at the top on submit, and the server's 400 issues land on the same fields.
// A stale version (409) shows what the other person saved, with a way to load it.
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState } from "react";
import { formatEventDate, parseIsoDate } from "@/lib/domain/date-precision";
import { DATE_PRECISIONS, EVENT_CATEGORIES, EVIDENCE_LEVELS, type DatePrecision, type EventCategory } from "@/lib/domain/vocabulary";
import {
  clientErrors,
  FIELD_LABEL,
  FIELD_ORDER,
  orderedKeys,
  serverErrors as serverFieldErrors,
  SOURCE_FIELDS,
  SOURCE_LABEL,
  toRequest,
  type FormValues,
  type SourceField,
  type SourceValues,
} from "@/lib/forms/event-form-messages";
import { CreateEventRequestSchema, EARLIEST_DATE, SUMMARY_MAX, TITLE_MAX } from "@/lib/schemas/event-input";
import type { AdminEventDto } from "@/lib/schemas/events";
import { callApi, type ApiIssue } from "./api";
import { CountryPicker } from "./country-picker";
import { CATEGORY_LABEL, EVIDENCE_HELP, EVIDENCE_LABEL, PRECISION_LABEL, formatScore, formatTimestamp } from "./labels";
import type { CountryOption } from "./types";
import styles from "./admin.module.css";

let keySeq = 0;
const newKey = () => `s${++keySeq}`;
const emptySource = (): SourceValues => ({ key: newKey(), url: "", publisher: "", title: "", publishedOn: "" });

function valuesFromEvent(event: AdminEventDto): FormValues {
  return {
    title: event.title,
    summary: event.summary,
    date: event.date,
    precision: event.precision,
    countries: event.participants.map((p) => p.id),
    category: event.category,
    evidence: event.evidence,
    score: String(event.score),
    cameoCode: event.cameoCode ?? "",
    sources: event.sources.length
      ? event.sources.map((s) => ({ key: newKey(), url: s.url ?? "", publisher: s.publisher, title: s.title, publishedOn: s.publishedOn ?? "" }))
      : [emptySource()],
  };
}

const blankValues = (): FormValues => ({
  title: "",
  summary: "",
  date: "",
  precision: "day",
  countries: [],
  category: "",
  evidence: "",
  score: "",
  cameoCode: "",
  sources: [emptySource()],
});

const fieldId = (key: string) => `event-${key.replaceAll(".", "-")}`;
const errorId = (key: string) => `${fieldId(key)}-error`;

type Banner =
  | { kind: "saved"; text: string }
  | { kind: "error"; text: string; signIn?: boolean }
  | { kind: "conflict"; current: AdminEventDto | null };

export function EventForm({
  mode,
  countries,
  event,
  justCreated = false,
  history,
}: {
  mode: "create" | "edit";
  countries: CountryOption[];
  event?: AdminEventDto;
  justCreated?: boolean;
  /** The event's audit history, rendered on the server, shown under the form. */
  history?: React.ReactNode;
}) {
  const router = useRouter();
  const [loaded, setLoaded] = useState<AdminEventDto | undefined>(event);
  const [values, setValues] = useState<FormValues>(() => (event ? valuesFromEvent(event) : blankValues()));
  const [touched, setTouched] = useState<Set<string>>(() => new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const [banner, setBanner] = useState<Banner | null>(justCreated ? { kind: "saved", text: "Event created. You can keep editing it here." } : null);
  const [summaryVisible, setSummaryVisible] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const bannerRef = useRef<HTMLDivElement>(null);
  const [focusSummary, setFocusSummary] = useState(0);
  const [focusBanner, setFocusBanner] = useState(0);

  const errors = useMemo(() => clientErrors(values), [values]);
  const dirty = useMemo(
    () => (loaded ? JSON.stringify(toRequest(values)) !== JSON.stringify(toRequest(valuesFromEvent(loaded))) : true),
    [values, loaded],
  );

  useEffect(() => {
    if (focusSummary) summaryRef.current?.focus();
  }, [focusSummary]);
  useEffect(() => {
    if (focusBanner) bannerRef.current?.focus();
  }, [focusBanner]);

  const visibleError = (key: string): string | undefined =>
    serverErrors[key] ?? (submitted || touched.has(key) ? errors[key] : undefined);

  const shownErrors: Record<string, string> = {};
  for (const key of new Set([...Object.keys(errors), ...Object.keys(serverErrors)])) {
    const message = visibleError(key);
    if (message) shownErrors[key] = message;
  }
  const summaryKeys = orderedKeys(shownErrors, values.sources.length);

  function touch(key: string) {
    setTouched((prev) => (prev.has(key) ? prev : new Set(prev).add(key)));
  }

  function clearServer(key: string) {
    setServerErrors((prev) => {
      if (!(key in prev) && !(key.startsWith("sources.") && "sources" in prev)) return prev;
      const next = { ...prev };
      delete next[key];
      if (key.startsWith("sources.")) delete next.sources;
      return next;
    });
  }

  function set<K extends keyof FormValues>(key: K, value: FormValues[K]) {
    setValues((prev) => ({ ...prev, [key]: value }));
    clearServer(key);
    if (banner?.kind === "saved") setBanner(null);
  }

  function setSource(index: number, field: SourceField, value: string) {
    setValues((prev) => ({ ...prev, sources: prev.sources.map((s, i) => (i === index ? { ...s, [field]: value } : s)) }));
    clearServer(`sources.${index}.${field}`);
    if (banner?.kind === "saved") setBanner(null);
  }

  function addSource() {
    setValues((prev) => ({ ...prev, sources: [...prev.sources, emptySource()] }));
    const index = values.sources.length;
    requestAnimationFrame(() => document.getElementById(fieldId(`sources.${index}.url`))?.focus());
  }

  function removeSource(index: number) {
    setValues((prev) => ({ ...prev, sources: prev.sources.filter((_, i) => i !== index) }));
    // Server messages are keyed by position, which just shifted; drop them rather than misplace them.
    setServerErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => !k.startsWith("sources"))));
    setTouched((prev) => new Set([...prev].filter((k) => !k.startsWith("sources."))));
  }

  function focusField(key: string) {
    const target =
      document.getElementById(fieldId(key)) ??
      (key === "evidence" ? document.querySelector<HTMLElement>(`input[name="evidence"]`) : null) ??
      document.getElementById(fieldId(key.split(".")[0]!));
    target?.focus();
    target?.scrollIntoView({ block: "center" });
  }

  function applyServerIssues(issues: ApiIssue[]) {
    setServerErrors(serverFieldErrors(issues, values));
    setSummaryVisible(true);
    setFocusSummary((n) => n + 1);
  }

  async function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setSubmitted(true);
    setBanner(null);
    if (Object.keys(errors).length) {
      setSummaryVisible(true);
      setFocusSummary((n) => n + 1);
      return;
    }
    setSummaryVisible(false);
    const parsed = CreateEventRequestSchema.parse(toRequest(values));
    setBusy(true);
    const result =
      mode === "create" || !loaded
        ? await callApi<{ event: AdminEventDto }>("POST", "/api/events", parsed)
        : await callApi<{ event: AdminEventDto }>("PATCH", `/api/events/${loaded.id}`, { ...parsed, version: loaded.version });
    if (result.ok) {
      const saved = result.data.event;
      if (mode === "create") {
        setBanner({ kind: "saved", text: "Event created. Opening it…" });
        router.push(`/admin/events/${saved.id}?created=1`);
        return;
      }
      setBusy(false);
      setLoaded(saved);
      setValues(valuesFromEvent(saved));
      setServerErrors({});
      setTouched(new Set());
      setSubmitted(false);
      setBanner({ kind: "saved", text: `Changes saved (version ${saved.version}).` });
      setFocusBanner((n) => n + 1);
      router.refresh();
      return;
    }
    setBusy(false);
    if (result.status === 409) {
      setBanner({ kind: "conflict", current: (result.current as AdminEventDto | undefined) ?? null });
      setFocusBanner((n) => n + 1);
    } else if (result.status === 400 && result.issues.length) {
      applyServerIssues(result.issues);
      setBanner({ kind: "error", text: "The server did not accept the event; see the fields marked below." });
    } else {
      setBanner({ kind: "error", text: result.message, signIn: result.status === 401 });
      setFocusBanner((n) => n + 1);
    }
  }

  function loadCurrent(current: AdminEventDto) {
    setLoaded(current);
    setValues(valuesFromEvent(current));
    setServerErrors({});
    setTouched(new Set());
    setSubmitted(false);
    setBanner({ kind: "saved", text: `Loaded the current version (version ${current.version}). Your unsaved changes were discarded.` });
    setFocusBanner((n) => n + 1);
    router.refresh();
  }

  function keepMine(current: AdminEventDto) {
    // Quote their version, keep our values: the next Save overwrites their change knowingly.
    setLoaded({ ...current });
    setBanner({ kind: "error", text: `Your edits are kept. Saving now will replace version ${current.version} with them.` });
  }

  const inputProps = (key: string) => {
    const error = visibleError(key);
    const hint = hasHint(key) ? `${fieldId(key)}-hint` : "";
    return {
      id: fieldId(key),
      "aria-invalid": error ? true : undefined,
      "aria-describedby": [hint, error ? errorId(key) : ""].filter(Boolean).join(" ") || undefined,
      onBlur: () => touch(key),
    };
  };

  const fieldError = (key: string) => {
    const error = visibleError(key);
    return error ? (
      <p id={errorId(key)} className={styles.error}>
        {error}
      </p>
    ) : null;
  };

  const today = new Date().toISOString().slice(0, 10);
  const titleLength = values.title.trim().length;
  const summaryLength = values.summary.trim().length;

  const form = (
    <form className={`${styles.panel} ${styles.form}`} onSubmit={onSubmit} noValidate aria-label={mode === "create" ? "New event" : "Edit event"}>
      {banner ? (
        <BannerView
          banner={banner}
          bannerRef={bannerRef}
          mine={values}
          onLoad={loadCurrent}
          onKeep={keepMine}
          eventId={loaded?.id}
        />
      ) : null}

      {summaryVisible && summaryKeys.length ? (
        <div ref={summaryRef} tabIndex={-1} className={styles.noticeError} role="alert" aria-labelledby="event-error-summary-title">
          <h2 id="event-error-summary-title" className={styles.noticeTitle}>
            {summaryKeys.length === 1 ? "There is a problem with 1 field" : `There are problems with ${summaryKeys.length} fields`}
          </h2>
          <ul>
            {summaryKeys.map((key) => (
              <li key={key}>
                <a
                  href={`#${fieldId(key)}`}
                  onClick={(e) => {
                    e.preventDefault();
                    focusField(key);
                  }}
                >
                  {shownErrors[key]}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}

      <div className={styles.field}>
        <label className={styles.label} htmlFor={fieldId("title")}>
          Title
        </label>
        <input
          {...inputProps("title")}
          className={styles.input}
          type="text"
          value={values.title}
          onChange={(e) => set("title", e.target.value)}
          autoComplete="off"
        />
        <div style={{ display: "flex", justifyContent: "space-between", gap: 8 }}>
          {fieldError("title") ?? <span />}
          <span id={`${fieldId("title")}-hint`} className={`${styles.counter} ${titleLength > TITLE_MAX ? styles.counterOver : ""}`}>
            {titleLength} / {TITLE_MAX}
          </span>
        </div>
      </div>

      <div className={styles.field}>
        <label className={styles.label} htmlFor={fieldId("summary")}>
          Summary <span className={styles.optional}>(optional)</span>
        </label>
        <textarea
          {...inputProps("summary")}
          className={styles.textarea}
          rows={5}
          value={values.summary}
          onChange={(e) => set("summary", e.target.value)}
        />
        <div style={{ display: "flex", justifyContent: "space-between", gap: 8 }}>
          {fieldError("summary") ?? <span />}
          <span id={`${fieldId("summary")}-hint`} className={`${styles.counter} ${summaryLength > SUMMARY_MAX ? styles.counterOver : ""}`} aria-live="polite">
            {summaryLength.toLocaleString("en")} / {SUMMARY_MAX.toLocaleString("en")} characters
          </span>
        </div>
      </div>

      <div className={styles.grid2}>
        <div className={styles.field}>
          <label className={styles.label} htmlFor={fieldId("date")}>
            Date
          </label>
          <input
            {...inputProps("date")}
            className={styles.input}
            type="date"
            min={EARLIEST_DATE}
            max={today}
            value={values.date}
            onChange={(e) => set("date", e.target.value)}
          />
          <p id={`${fieldId("date")}-hint`} className={styles.hint}>
            For a date known to the month, use the first day; to the year, use 1 January.
            {values.date && parseIsoDate(values.date) ? ` Shown as “${formatEventDate(values.date, values.precision)}”.` : ""}
          </p>
          {fieldError("date")}
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor={fieldId("precision")}>
            Date precision
          </label>
          <select
            {...inputProps("precision")}
            className={styles.select}
            value={values.precision}
            onChange={(e) => {
              set("precision", e.target.value as DatePrecision);
              touch("date");
            }}
          >
            {DATE_PRECISIONS.map((p) => (
              <option key={p} value={p}>
                {PRECISION_LABEL[p]}
              </option>
            ))}
          </select>
          <p id={`${fieldId("precision")}-hint`} className={styles.hint}>
            How precisely the sources date it: “in April 2024” is Month only.
          </p>
          {fieldError("precision")}
        </div>
      </div>

      <div className={styles.field}>
        <label className={styles.label} htmlFor={fieldId("countries")} id={`${fieldId("countries")}-label`}>
          Participating countries
        </label>
        <p id={`${fieldId("countries")}-hint`} className={styles.hint}>
          Two or more. A multilateral event counts toward every pair among them.
        </p>
        <CountryPicker
          inputId={fieldId("countries")}
          countries={countries}
          value={values.countries}
          onChange={(next) => {
            set("countries", next);
            if (next.length >= 2) touch("countries");
          }}
          onBlur={() => touch("countries")}
          invalid={!!visibleError("countries")}
          describedBy={[`${fieldId("countries")}-hint`, visibleError("countries") ? errorId("countries") : ""].filter(Boolean).join(" ")}
        />
        {fieldError("countries")}
      </div>

      <div className={styles.grid2}>
        <div className={styles.field}>
          <label className={styles.label} htmlFor={fieldId("category")}>
            Category
          </label>
          <select
            {...inputProps("category")}
            className={styles.select}
            value={values.category}
            onChange={(e) => {
              set("category", e.target.value as EventCategory | "");
              touch("category");
            }}
          >
            <option value="">Choose a category…</option>
            {EVENT_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABEL[c]}
              </option>
            ))}
          </select>
          {fieldError("category")}
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor={fieldId("score")}>
            Score (Goldstein scale)
          </label>
          <input
            {...inputProps("score")}
            className={styles.input}
            type="number"
            inputMode="decimal"
            min={-10}
            max={10}
            step={0.1}
            value={values.score}
            onChange={(e) => set("score", e.target.value)}
          />
          <p id={`${fieldId("score")}-hint`} className={styles.hint}>
            −10 (military attack) to +10 (military or economic aid); 0 is neutral. A visit is about +1.9, a formal agreement
            +8, cooperating militarily +7.4.
          </p>
          {fieldError("score")}
        </div>
      </div>

      <fieldset className={styles.fieldset} aria-describedby={visibleError("evidence") ? errorId("evidence") : undefined}>
        <legend className={styles.legend}>Evidence level</legend>
        <div className={styles.radios}>
          {EVIDENCE_LEVELS.map((level, i) => (
            <label key={level} className={styles.radio}>
              <input
                type="radio"
                name="evidence"
                id={i === 0 ? fieldId("evidence") : undefined}
                value={level}
                checked={values.evidence === level}
                onChange={() => {
                  set("evidence", level);
                  touch("evidence");
                }}
                onBlur={() => touch("evidence")}
                aria-labelledby={`event-evidence-label-${level}`}
                aria-invalid={visibleError("evidence") ? true : undefined}
                aria-describedby={[`event-evidence-help-${level}`, visibleError("evidence") ? errorId("evidence") : ""].filter(Boolean).join(" ")}
              />
              <span id={`event-evidence-label-${level}`} className={styles.radioTitle}>
                {EVIDENCE_LABEL[level]}
              </span>
              <span id={`event-evidence-help-${level}`} className={styles.radioHelp}>
                {EVIDENCE_HELP[level]}
              </span>
            </label>
          ))}
        </div>
        {fieldError("evidence")}
      </fieldset>

      <div className={styles.field} style={{ maxWidth: 360 }}>
        <label className={styles.label} htmlFor={fieldId("cameoCode")}>
          CAMEO code <span className={styles.optional}>(optional)</span>
        </label>
        <input
          {...inputProps("cameoCode")}
          className={`${styles.input} ${styles.mono}`}
          type="text"
          inputMode="numeric"
          maxLength={4}
          value={values.cameoCode}
          onChange={(e) => set("cameoCode", e.target.value)}
        />
        <p id={`${fieldId("cameoCode")}-hint`} className={styles.hint}>
          2 to 4 digits, e.g. 042 (make a visit) or 057 (sign a formal agreement).
        </p>
        {fieldError("cameoCode")}
      </div>

      <fieldset className={styles.fieldset} aria-describedby={visibleError("sources") ? errorId("sources") : "event-sources-hint"}>
        <legend className={styles.legend}>Sources</legend>
        <p id="event-sources-hint" className={styles.hint}>
          One or more. The URL is optional (print sources have none) and must start with http:// or https://.
        </p>
        <span id={fieldId("sources")} tabIndex={-1} />
        {values.sources.map((source, index) => (
          <fieldset key={source.key} className={styles.sourceRow}>
            <legend className={styles.sourceLegend}>Source {index + 1}</legend>
            <div className={styles.sourceHead}>
              <button
                type="button"
                className={`${styles.buttonQuiet} ${styles.buttonSmall}`}
                onClick={() => removeSource(index)}
                disabled={values.sources.length <= 1}
                aria-label={`Remove source ${index + 1}`}
              >
                Remove
              </button>
            </div>
            <div className={styles.grid2}>
              {SOURCE_FIELDS.map((field) => {
                const key = `sources.${index}.${field}`;
                return (
                  <div key={field} className={styles.field}>
                    <label className={styles.label} htmlFor={fieldId(key)}>
                      <span className="visually-hidden">Source {index + 1} </span>
                      {SOURCE_LABEL[field]}
                      {field === "url" || field === "publishedOn" ? <span className={styles.optional}> (optional)</span> : null}
                    </label>
                    <input
                      {...inputProps(key)}
                      className={styles.input}
                      type={field === "publishedOn" ? "date" : field === "url" ? "url" : "text"}
                      inputMode={field === "url" ? "url" : undefined}
                      placeholder={field === "url" ? "https://…" : undefined}
                      max={field === "publishedOn" ? today : undefined}
                      value={source[field]}
                      onChange={(e) => setSource(index, field, e.target.value)}
                    />
                    {fieldError(key)}
                  </div>
                );
              })}
            </div>
          </fieldset>
        ))}
        {fieldError("sources")}
        <div>
          <button type="button" className={`${styles.button} ${styles.buttonSmall}`} onClick={addSource} disabled={values.sources.length >= 20}>
            + Add source
          </button>
        </div>
      </fieldset>

      <div className={styles.stickyBar}>
        <span className={styles.hint} aria-live="polite">
          {busy ? "Saving…" : mode === "edit" ? (dirty ? "Unsaved changes" : "No unsaved changes") : ""}
        </span>
        <div className={styles.actions}>
          <Link href="/admin" className={styles.buttonQuiet}>
            {mode === "create" ? "Cancel" : "Back to events"}
          </Link>
          <button type="submit" className={styles.buttonPrimary} disabled={busy}>
            {busy ? "Saving…" : mode === "create" ? "Create event" : "Save changes"}
          </button>
        </div>
      </div>

    </form>
  );

  if (mode === "create" || !loaded) return form;
  return (
    <div className={styles.editorGrid}>
      <div style={{ display: "grid", gap: 16, minWidth: 0 }}>
        {form}
        {history}
      </div>
      <aside className={styles.aside} aria-label="About this event">
        <section className={styles.panel} aria-labelledby="facts-title">
          <h2 id="facts-title" className={styles.sectionTitle}>
            Record
          </h2>
          <dl className={styles.facts}>
            <dt>Status</dt>
            <dd>{loaded.retired ? <span className={`${styles.tag} ${styles.tagRetired}`}>Retired</span> : <span className={styles.tag}>Active</span>}</dd>
            <dt>Version</dt>
            <dd>{loaded.version}</dd>
            <dt>Origin</dt>
            <dd>{loaded.origin === "machine" ? "Machine-coded" : "Curated"}</dd>
            <dt>Created</dt>
            <dd>{formatTimestamp(loaded.createdAt)}</dd>
            <dt>Changed</dt>
            <dd>{formatTimestamp(loaded.updatedAt)}</dd>
            <dt>Id</dt>
            <dd className={styles.mono} style={{ fontSize: "0.75rem" }}>{loaded.id}</dd>
          </dl>
          <a href={`/api/events/${loaded.id}`} className={styles.hint}>
            View as JSON
          </a>
        </section>
        <RetireControl
          event={loaded}
          onChanged={(next) => {
            setLoaded(next);
            setBanner({ kind: "saved", text: next.retired ? "Event retired: it has left the public map and API." : "Event restored: it is back on the map." });
            setFocusBanner((n) => n + 1);
            router.refresh();
          }}
          onConflict={(current) => {
            setBanner({ kind: "conflict", current });
            setFocusBanner((n) => n + 1);
          }}
        />
      </aside>
    </div>
  );
}

/** Which inputs have a hint paragraph their aria-describedby should name. */
function hasHint(key: string): boolean {
  return ["title", "summary", "date", "precision", "score", "cameoCode"].includes(key);
}

function BannerView({
  banner,
  bannerRef,
  mine,
  onLoad,
  onKeep,
  eventId,
}: {
  banner: Banner;
  bannerRef: React.RefObject<HTMLDivElement | null>;
  mine: FormValues;
  onLoad: (current: AdminEventDto) => void;
  onKeep: (current: AdminEventDto) => void;
  eventId?: string;
}) {
  if (banner.kind === "saved") {
    return (
      <div ref={bannerRef} tabIndex={-1} role="status" className={styles.noticeSuccess}>
        <p className={styles.noticeTitle}>{banner.text}</p>
      </div>
    );
  }
  if (banner.kind === "error") {
    return (
      <div ref={bannerRef} tabIndex={-1} role="alert" className={styles.noticeError}>
        <p>{banner.text}</p>
        {banner.signIn ? (
          <p>
            <a href={`/sign-in?next=${encodeURIComponent(eventId ? `/admin/events/${eventId}` : "/admin/events/new")}`} target="_blank" rel="noopener">
              Sign in again in a new tab
            </a>
            , then come back and save: your edits are still here.
          </p>
        ) : null}
      </div>
    );
  }
  const current = banner.current;
  const theirs = current ? valuesFromEvent(current) : null;
  const differing = theirs
    ? FIELD_ORDER.filter((key) => {
        const a = toRequest(mine) as Record<string, unknown>;
        const b = toRequest(theirs) as Record<string, unknown>;
        return JSON.stringify(a[key]) !== JSON.stringify(b[key]);
      })
    : [];
  return (
    <div ref={bannerRef} tabIndex={-1} role="alert" className={styles.noticeWarning}>
      <p className={styles.noticeTitle}>Someone else changed this event since you opened it</p>
      <p>Nothing of yours was saved. Their version is below; load it (your unsaved edits are discarded), or keep your edits and save over theirs.</p>
      {current ? (
        <>
          <dl className={styles.facts}>
            <dt>Version</dt>
            <dd>{current.version}{current.retired ? " (retired)" : ""}</dd>
            <dt>Title</dt>
            <dd>{current.title}</dd>
            <dt>Date</dt>
            <dd>{formatEventDate(current.date, current.precision)}</dd>
            <dt>Countries</dt>
            <dd>{current.participants.map((p) => p.name).join(", ")}</dd>
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

function RetireControl({
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
    else if (result.status === 409) onConflict((result.current as AdminEventDto | undefined) ?? null);
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
