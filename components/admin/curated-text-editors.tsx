"use client";
// Admins edit the curated text of links (title, summary) and countries (context). Each save quotes the
// version loaded; a 409 shows what is stored now and offers to load it.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useMemo, useState } from "react";
import { UpdateCountryRequestSchema, UpdateLinkRequestSchema } from "@/lib/schemas/admin";
import { Flag } from "@/components/flag";
import { fieldSentence } from "@/lib/forms/event-form-errors";
import { countryName } from "@/lib/i18n/country-name";
import { formatNumber } from "@/lib/i18n/format-number";
import type { Locale } from "@/lib/i18n/locales";
import { callApi, failureText, issuesByPath } from "./api";
import type { CountryView, LinkView } from "./types";
import styles from "./admin.module.css";

/** The longest link summary or country context (lib/schemas/admin.ts), for the counters. */
const TEXT_MAX = 5000;

type Outcome = { kind: "saved" } | { kind: "error"; text: string } | { kind: "conflict"; current: Record<string, unknown> | null };

function OutcomeView({ outcome, onLoad, describe }: { outcome: Outcome | null; onLoad: (current: Record<string, unknown>) => void; describe: (current: Record<string, unknown>) => React.ReactNode }) {
  const t = useTranslations("adminManage.curated");
  if (!outcome) return null;
  if (outcome.kind === "saved") return <p role="status" className={styles.hint}>{t("saved")}</p>;
  if (outcome.kind === "error") return <p role="alert" className={styles.error}>{outcome.text}</p>;
  return (
    <div role="alert" className={styles.noticeWarning}>
      <p className={styles.noticeTitle}>{t("conflict")}</p>
      {outcome.current ? (
        <>
          {describe(outcome.current)}
          <div className={styles.actions}>
            <button type="button" className={`${styles.button} ${styles.buttonSmall}`} onClick={() => onLoad(outcome.current!)}>
              {t("loadCurrent")}
            </button>
          </div>
        </>
      ) : null}
    </div>
  );
}

export function LinkEditor({ link }: { link: LinkView }) {
  const router = useRouter();
  const [title, setTitle] = useState(link.title);
  const [summary, setSummary] = useState(link.summary);
  const [version, setVersion] = useState(link.version);
  const [saved, setSaved] = useState({ title: link.title, summary: link.summary });
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const t = useTranslations("adminManage.curated");
  const tf = useTranslations("adminForm");
  const locale = useLocale() as Locale;
  const [a, b] = link.id.split("-") as [string, string];
  const names = [countryName(locale, a, link.countryNames[0] ?? a), countryName(locale, b, link.countryNames[1] ?? b)] as const;
  const parsed = UpdateLinkRequestSchema.safeParse({ title, summary, version });
  const errors: Record<string, string> = { ...serverErrors };
  if (!parsed.success) for (const issue of parsed.error.issues) errors[String(issue.path[0])] ??= issue.message;
  const dirty = title !== saved.title || summary !== saved.summary;
  const id = `link-${link.id}`;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (!parsed.success) return;
    setBusy(true);
    setOutcome(null);
    const result = await callApi<{ link: { title: string; summary: string; version: number } }>("PATCH", `/api/links/${link.id}`, parsed.data);
    setBusy(false);
    if (result.ok) {
      setVersion(result.data.link.version);
      setSaved({ title: result.data.link.title, summary: result.data.link.summary });
      setTitle(result.data.link.title);
      setSummary(result.data.link.summary);
      setServerErrors({});
      setOutcome({ kind: "saved" });
      router.refresh();
    } else if (result.status === 409) {
      setOutcome({ kind: "conflict", current: (result.current as Record<string, unknown>) ?? null });
    } else if (result.status === 400 && result.issues.length) {
      setServerErrors(issuesByPath(result.issues));
    } else setOutcome({ kind: "error", text: failureText(result, tf) });
  }

  return (
    <li className={styles.panel}>
      <form className={styles.inlineEdit} onSubmit={save} noValidate aria-label={t("linkLabel", { a: names[0], b: names[1] })}>
        <div className={styles.cardHead}>
          <h2 className={styles.cardTitle}>
            {names[0]} – {names[1]} <span className={`${styles.cellMeta} ${styles.mono}`}>{link.id}</span>
          </h2>
          <span className={styles.hint}>{t("version", { version })}</span>
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor={`${id}-title`}>
            {t("title")}
          </label>
          <input
            id={`${id}-title`}
            className={styles.input}
            value={title}
            onChange={(e) => { setTitle(e.target.value); setOutcome(null); }}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={errors.title ? `${id}-title-error` : undefined}
          />
          {errors.title ? <p id={`${id}-title-error`} className={styles.error}>{fieldSentence(t("title"), errors.title, tf)}</p> : null}
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor={`${id}-summary`}>
            {t("summary")}
          </label>
          <textarea
            id={`${id}-summary`}
            className={styles.textarea}
            rows={3}
            style={{ minHeight: 72 }}
            value={summary}
            onChange={(e) => { setSummary(e.target.value); setOutcome(null); }}
            aria-invalid={errors.summary ? true : undefined}
            aria-describedby={`${id}-summary-count${errors.summary ? ` ${id}-summary-error` : ""}`}
          />
          <span id={`${id}-summary-count`} className={styles.counter}>
            {tf("countChars", { length: formatNumber(locale, summary.trim().length), max: formatNumber(locale, TEXT_MAX) })}
          </span>
          {errors.summary ? <p id={`${id}-summary-error`} className={styles.error}>{fieldSentence(t("summary"), errors.summary, tf)}</p> : null}
        </div>
        <div className={styles.actions}>
          <button type="submit" className={`${styles.button} ${styles.buttonSmall}`} disabled={busy || !dirty}>
            {busy ? t("saving") : t("saveLink")}
          </button>
          {dirty ? (
            <button type="button" className={`${styles.buttonQuiet} ${styles.buttonSmall}`} onClick={() => { setTitle(saved.title); setSummary(saved.summary); }}>
              {t("undo")}
            </button>
          ) : null}
          <OutcomeView
            outcome={outcome}
            describe={(c) => (
              <dl className={styles.facts}>
                <dt>{t("title")}</dt>
                <dd>{String(c.title ?? "")}</dd>
                <dt>{t("summary")}</dt>
                <dd>{String(c.summary ?? "") || "—"}</dd>
              </dl>
            )}
            onLoad={(c) => {
              setTitle(String(c.title ?? ""));
              setSummary(String(c.summary ?? ""));
              setSaved({ title: String(c.title ?? ""), summary: String(c.summary ?? "") });
              setVersion(Number(c.version));
              setOutcome(null);
            }}
          />
        </div>
      </form>
    </li>
  );
}

export function CountryList({ countries }: { countries: CountryView[] }) {
  const [query, setQuery] = useState("");
  const [onlyWithContext, setOnlyWithContext] = useState(false);
  const t = useTranslations("adminManage.curated");
  const locale = useLocale() as Locale;
  // Names in the reader's language (the search matches them, the English name, the code or the region).
  const named = useMemo(() => countries.map((c) => ({ ...c, localName: countryName(locale, c.id, c.name) })), [countries, locale]);
  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase(locale);
    return named.filter(
      (c) =>
        (!onlyWithContext || c.context.trim()) &&
        (!q || c.localName.toLocaleLowerCase(locale).includes(q) || c.name.toLowerCase().includes(q) || c.id.toLowerCase() === q || c.region.toLowerCase().includes(q)),
    );
  }, [named, query, onlyWithContext, locale]);
  return (
    <>
      <div className={`${styles.panel}`} role="search" aria-label={t("find")}>
        <div className={styles.grid2} style={{ alignItems: "end" }}>
          <div className={styles.field}>
            <label className={styles.label} htmlFor="country-search">
              {t("search")}
            </label>
            <input id="country-search" type="search" className={styles.input} value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t("searchPlaceholder")} />
          </div>
          <label className={styles.hint} style={{ display: "flex", gap: 8, alignItems: "center", minHeight: 38 }}>
            <input type="checkbox" checked={onlyWithContext} onChange={(e) => setOnlyWithContext(e.target.checked)} />
            {t("onlyWithContext")}
          </label>
        </div>
      </div>
      <p className={styles.resultLine} role="status">
        {t("shown", { shown: formatNumber(locale, shown.length), count: countries.length })}
      </p>
      <ul className={styles.cardList}>
        {shown.map((c) => (
          <CountryEditor key={c.id} country={c} name={c.localName} />
        ))}
      </ul>
    </>
  );
}

function CountryEditor({ country, name }: { country: CountryView; name: string }) {
  const router = useRouter();
  const [editing, setEditing] = useState(false);
  const [context, setContext] = useState(country.context);
  const [saved, setSaved] = useState(country.context);
  const [version, setVersion] = useState(country.version);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const t = useTranslations("adminManage.curated");
  const tf = useTranslations("adminForm");
  const locale = useLocale() as Locale;
  const parsed = UpdateCountryRequestSchema.safeParse({ context, version });
  const error = parsed.success ? undefined : parsed.error.issues.find((i) => i.path[0] === "context")?.message;
  const id = `country-${country.id}`;

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (!parsed.success) return;
    setBusy(true);
    setOutcome(null);
    const result = await callApi<{ country: { context: string; version: number } }>("PATCH", `/api/countries/${country.id}`, parsed.data);
    setBusy(false);
    if (result.ok) {
      setSaved(result.data.country.context);
      setContext(result.data.country.context);
      setVersion(result.data.country.version);
      setOutcome({ kind: "saved" });
      setEditing(false);
      router.refresh();
    } else if (result.status === 409) setOutcome({ kind: "conflict", current: (result.current as Record<string, unknown>) ?? null });
    else setOutcome({ kind: "error", text: result.issues[0] ? fieldSentence(t("context"), result.issues[0].message, tf) : failureText(result, tf) });
  }

  return (
    <li className={styles.panel} style={{ gap: 8 }}>
      <div className={styles.cardHead}>
        <h2 className={styles.cardTitle} style={{ display: "flex", alignItems: "center", gap: 8 }}>
          <Flag emoji={country.flag} code={country.id} />
          {name}
          <span className={styles.cellMeta}>{country.region}</span>
        </h2>
        {!editing ? (
          <button type="button" className={`${styles.button} ${styles.buttonSmall}`} onClick={() => setEditing(true)} aria-label={t("editContextOf", { name })}>
            {t("editContext")}
          </button>
        ) : null}
      </div>
      {editing ? (
        <form className={styles.inlineEdit} onSubmit={save} noValidate>
          <div className={styles.field}>
            <label className={styles.label} htmlFor={`${id}-context`}>
              {t("contextFor", { name })}
            </label>
            <textarea
              id={`${id}-context`}
              className={styles.textarea}
              rows={4}
              autoFocus
              value={context}
              onChange={(e) => { setContext(e.target.value); setOutcome(null); }}
              aria-invalid={error ? true : undefined}
              aria-describedby={`${id}-count${error ? ` ${id}-error` : ""}`}
            />
            <span id={`${id}-count`} className={styles.counter}>
              {tf("countChars", { length: formatNumber(locale, context.trim().length), max: formatNumber(locale, TEXT_MAX) })}
            </span>
            {error ? <p id={`${id}-error`} className={styles.error}>{fieldSentence(t("context"), error, tf)}</p> : null}
          </div>
          <div className={styles.actions}>
            <button type="submit" className={`${styles.buttonPrimary} ${styles.buttonSmall}`} disabled={busy || context === saved}>
              {busy ? t("saving") : t("saveContext")}
            </button>
            <button type="button" className={`${styles.buttonQuiet} ${styles.buttonSmall}`} onClick={() => { setContext(saved); setEditing(false); setOutcome(null); }}>
              {t("cancel")}
            </button>
          </div>
        </form>
      ) : (
        <p className={saved ? styles.contextPreview : styles.hint}>{saved || t("noContext")}</p>
      )}
      <OutcomeView
        outcome={outcome}
        describe={(c) => <p className={styles.contextPreview}>{String(c.context ?? "") || t("emptyText")}</p>}
        onLoad={(c) => {
          setContext(String(c.context ?? ""));
          setSaved(String(c.context ?? ""));
          setVersion(Number(c.version));
          setOutcome(null);
        }}
      />
    </li>
  );
}
