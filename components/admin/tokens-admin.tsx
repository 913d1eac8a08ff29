"use client";
// Personal API tokens for scripts: list, create (the secret is shown once, with a copy button), revoke.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { CreateApiTokenRequestSchema } from "@/lib/schemas/admin";
import { fieldSentence } from "@/lib/forms/event-form-errors";
import { formatTimestamp } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/locales";
import { callApi, failureText } from "./api";
import type { TokenView, UserView } from "./types";
import styles from "./admin.module.css";

export function CreateTokenForm({ users, selfId }: { users: UserView[]; selfId: string }) {
  const router = useRouter();
  const [name, setName] = useState("");
  const [userId, setUserId] = useState(selfId);
  const [submitted, setSubmitted] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const tokenRef = useRef<HTMLInputElement>(null);
  const t = useTranslations("adminManage.tokens");
  const tf = useTranslations("adminForm");
  const roles = useTranslations("admin.role");
  const parsed = CreateApiTokenRequestSchema.safeParse({ name, userId });
  const nameError = submitted && !parsed.success ? parsed.error.issues.find((i) => i.path[0] === "name")?.message : undefined;

  useEffect(() => {
    if (created) tokenRef.current?.select();
  }, [created]);

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setError(null);
    if (!parsed.success) return;
    setBusy(true);
    const result = await callApi<{ token: { name: string; token: string } }>("POST", "/api/admin/tokens", parsed.data);
    setBusy(false);
    if (result.ok) {
      setCreated({ name: result.data.token.name, token: result.data.token.token });
      setCopied(false);
      setName("");
      setSubmitted(false);
      router.refresh();
    } else setError(result.issues[0] ? fieldSentence(result.issues[0].path.join("."), result.issues[0].message, tf) : failureText(result, tf));
  }

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.token);
      setCopied(true);
    } catch {
      // Clipboard access can be refused; the token is selected so Ctrl/Cmd+C works.
      tokenRef.current?.select();
      setCopied(false);
    }
  }

  return (
    <section className={`${styles.panel} ${styles.form}`} aria-labelledby="create-token-title">
      <h2 id="create-token-title" className={styles.sectionTitle}>
        {t("createTitle")}
      </h2>
      {created ? (
        <div className={styles.noticeWarning} role="status">
          <p className={styles.noticeTitle}>{t("created", { name: created.name })}</p>
          <p>{t("hashOnly")}</p>
          <div className={styles.tokenBox}>
            <label htmlFor="new-token" className="visually-hidden">
              {t("newToken")}
            </label>
            <input id="new-token" dir="ltr" ref={tokenRef} className={`${styles.input} ${styles.mono}`} readOnly value={created.token} onFocus={(e) => e.target.select()} />
            <button type="button" className={styles.button} onClick={copy}>
              {copied ? t("copied") : t("copy")}
            </button>
          </div>
          <p className={styles.hint}>
            {t.rich("useAs", { code: (chunks) => <code className={styles.mono}>{chunks}</code> })}
          </p>
          <div className={styles.actions}>
            <button type="button" className={`${styles.buttonQuiet} ${styles.buttonSmall}`} onClick={() => setCreated(null)}>
              {t("hide")}
            </button>
          </div>
        </div>
      ) : null}
      <form className={styles.grid2} onSubmit={onSubmit} noValidate style={{ alignItems: "start" }}>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="token-name">
            {t("name")}
          </label>
          <input
            id="token-name"
            className={styles.input}
            value={name}
            placeholder={t("namePlaceholder")}
            onChange={(e) => setName(e.target.value)}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? "token-name-error" : undefined}
          />
          {nameError ? (
            <p id="token-name-error" className={styles.error}>
              {fieldSentence(t("name"), nameError, tf)}
            </p>
          ) : null}
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="token-owner">
            {t("owner")}
          </label>
          <select id="token-owner" className={styles.select} value={userId} onChange={(e) => setUserId(e.target.value)}>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {t("ownerOption", { name: u.name, role: roles(u.role) })}
              </option>
            ))}
          </select>
          <p className={styles.hint}>{t("ownerHint")}</p>
        </div>
        <div className={styles.actions}>
          <button type="submit" className={styles.buttonPrimary} disabled={busy}>
            {busy ? t("creating") : t("create")}
          </button>
          {error ? (
            <span role="alert" className={styles.error}>
              {error}
            </span>
          ) : null}
        </div>
      </form>
    </section>
  );
}

export function TokensTable({ tokens }: { tokens: TokenView[] }) {
  const t = useTranslations("adminManage.tokens");
  const locale = useLocale() as Locale;
  if (!tokens.length) return <p className={`${styles.panel} ${styles.empty}`}>{t("empty")}</p>;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("name")}</th>
            <th scope="col">{t("owner")}</th>
            <th scope="col">{t("createdAt")}</th>
            <th scope="col">{t("lastUsed")}</th>
            <th scope="col">{t("status")}</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className={token.revokedAt ? styles.rowRetired : undefined}>
              <td>
                <strong>{token.name}</strong>
              </td>
              <td className={styles.cellMeta} data-label={t("owner")}>
                {token.owner.name} · {token.owner.email}
              </td>
              <td className={`${styles.nowrap} ${styles.cellMeta}`} data-label={t("createdAt")}>
                {formatTimestamp(locale, token.createdAt)}
              </td>
              <td className={`${styles.nowrap} ${styles.cellMeta}`} data-label={t("lastUsed")}>
                {token.lastUsedAt ? formatTimestamp(locale, token.lastUsedAt) : t("never")}
              </td>
              <td data-label={t("status")}>
                <RevokeControl token={token} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RevokeControl({ token }: { token: TokenView }) {
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const t = useTranslations("adminManage.tokens");
  const tf = useTranslations("adminForm");
  const locale = useLocale() as Locale;
  if (token.revokedAt) {
    return <span className={`${styles.tag} ${styles.tagRetired}`}>{t("revokedAt", { when: formatTimestamp(locale, token.revokedAt) })}</span>;
  }
  async function revoke() {
    setBusy(true);
    setError(null);
    const result = await callApi("DELETE", `/api/admin/tokens/${token.id}`);
    setBusy(false);
    setConfirming(false);
    if (result.ok) router.refresh();
    else setError(failureText(result, tf));
  }
  return (
    <div className={styles.actions} style={{ gap: 6 }}>
      <span className={styles.tag}>{t("active")}</span>
      {confirming ? (
        <>
          <button type="button" className={`${styles.buttonDanger} ${styles.buttonSmall}`} onClick={revoke} disabled={busy} autoFocus>
            {busy ? t("revoking") : t("revokeYes", { name: token.name })}
          </button>
          <button type="button" className={`${styles.buttonQuiet} ${styles.buttonSmall}`} onClick={() => setConfirming(false)}>
            {t("cancel")}
          </button>
        </>
      ) : (
        <button type="button" className={`${styles.button} ${styles.buttonSmall}`} onClick={() => setConfirming(true)} aria-label={t("revokeLabel", { name: token.name })}>
          {t("revoke")}
        </button>
      )}
      {error ? (
        <span role="alert" className={styles.error}>
          {error}
        </span>
      ) : null}
    </div>
  );
}
