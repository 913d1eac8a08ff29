"use client";
// User management for admins: create an account (same zod schema as the API) and change roles.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ROLES, type Role } from "@/lib/auth/roles";
import { CreateUserRequestSchema } from "@/lib/schemas/admin";
import { fieldSentence, problemText } from "@/lib/forms/event-form-errors";
import { formatTimestamp } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/locales";
import { callApi, failureText, issuesByPath } from "./api";
import type { UserView } from "./types";
import styles from "./admin.module.css";

type UserField = "email" | "name" | "password" | "role";

export function CreateUserForm() {
  const router = useRouter();
  const [values, setValues] = useState({ email: "", name: "", password: "", role: "editor" as Role });
  const [touched, setTouched] = useState<Set<UserField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const t = useTranslations("adminManage.users");
  const tf = useTranslations("adminForm");
  const roles = useTranslations("admin.role");

  const parsed = CreateUserRequestSchema.safeParse(values);
  const clientErrors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) clientErrors[String(issue.path[0])] ??= issue.message;
  const errorFor = (field: UserField) => {
    const message = serverErrors[field] ?? (submitted || touched.has(field) ? clientErrors[field] : undefined);
    return message ? fieldSentence(t(`field.${field}`), message, tf) : undefined;
  };

  async function onSubmit(event: React.FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    setStatus(null);
    if (!parsed.success) return;
    setBusy(true);
    const result = await callApi<{ user: UserView }>("POST", "/api/admin/users", parsed.data);
    setBusy(false);
    if (result.ok) {
      setStatus({ ok: true, text: t("created", { email: result.data.user.email, role: roles(result.data.user.role) }) });
      setValues({ email: "", name: "", password: "", role: "editor" });
      setTouched(new Set());
      setSubmitted(false);
      setServerErrors({});
      router.refresh();
    } else if (result.status === 400 && result.issues.length) {
      setServerErrors(issuesByPath(result.issues));
    } else setStatus({ ok: false, text: failureText(result, tf) });
  }

  const field = (name: Exclude<UserField, "role">, type: string, autoComplete: string, hint?: string) => {
    const error = errorFor(name);
    const id = `user-${name}`;
    return (
      <div className={styles.field}>
        <label className={styles.label} htmlFor={id}>
          {t(`field.${name}`)}
        </label>
        <input
          id={id}
          className={styles.input}
          type={type}
          autoComplete={autoComplete}
          // Addresses and passwords read left to right in every language.
          dir={name === "name" ? undefined : "ltr"}
          value={values[name]}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined}
          onChange={(e) => {
            setValues((v) => ({ ...v, [name]: e.target.value }));
            setServerErrors((s) => ({ ...s, [name]: undefined as unknown as string }));
          }}
          onBlur={() => setTouched((t) => new Set(t).add(name))}
        />
        {hint ? (
          <p id={`${id}-hint`} className={styles.hint}>
            {hint}
          </p>
        ) : null}
        {error ? (
          <p id={`${id}-error`} className={styles.error}>
            {error}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form className={`${styles.panel} ${styles.form}`} onSubmit={onSubmit} noValidate aria-labelledby="create-user-title">
      <h2 id="create-user-title" className={styles.sectionTitle}>
        {t("createTitle")}
      </h2>
      {status ? (
        <div role={status.ok ? "status" : "alert"} className={status.ok ? styles.noticeSuccess : styles.noticeError}>
          <p>{status.text}</p>
        </div>
      ) : null}
      <div className={styles.grid2}>
        {field("email", "email", "off")}
        {field("name", "text", "off")}
        {field("password", "password", "new-password", t("passwordHint"))}
        <div className={styles.field}>
          <label className={styles.label} htmlFor="user-role">
            {t("field.role")}
          </label>
          <select id="user-role" className={styles.select} value={values.role} onChange={(e) => setValues((v) => ({ ...v, role: e.target.value as Role }))}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role.${r}`)}
              </option>
            ))}
          </select>
          <p className={styles.hint}>{t("roleHint")}</p>
        </div>
      </div>
      <div className={styles.actions}>
        <button type="submit" className={styles.buttonPrimary} disabled={busy}>
          {busy ? t("creating") : t("create")}
        </button>
      </div>
    </form>
  );
}

export function UsersTable({ users, selfId }: { users: UserView[]; selfId: string }) {
  const t = useTranslations("adminManage.users");
  const locale = useLocale() as Locale;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">{t("caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("field.name")}</th>
            <th scope="col">{t("field.email")}</th>
            <th scope="col">{t("createdAt")}</th>
            <th scope="col">{t("field.role")}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>
                <strong>{user.name}</strong>
                {user.id === selfId ? <span className={styles.hint}> {t("you")}</span> : null}
              </td>
              <td className={styles.cellMeta} data-label={t("field.email")}>
                {user.email}
              </td>
              <td className={`${styles.nowrap} ${styles.cellMeta}`} data-label={t("createdAt")}>
                {formatTimestamp(locale, user.createdAt)}
              </td>
              <td data-label={t("field.role")}>
                <RoleControl user={user} self={user.id === selfId} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function RoleControl({ user, self }: { user: UserView; self: boolean }) {
  const router = useRouter();
  const [role, setRole] = useState<Role>(user.role);
  const [saved, setSaved] = useState<Role>(user.role);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const id = `role-${user.id}`;
  const t = useTranslations("adminManage.users");
  const tf = useTranslations("adminForm");

  async function save() {
    setBusy(true);
    setMessage(null);
    const result = await callApi<{ user: { role: Role } }>("PATCH", `/api/admin/users/${user.id}`, { role });
    setBusy(false);
    if (result.ok) {
      setSaved(result.data.user.role);
      setMessage({ ok: true, text: t("saved") });
      router.refresh();
    } else {
      setMessage({ ok: false, text: result.issues[0]?.message ? t("notChanged", { problem: problemText(result.issues[0].message, tf) ?? result.issues[0].message }) : failureText(result, tf) });
    }
  }

  return (
    <div className={styles.actions}>
      <label htmlFor={id} className="visually-hidden">
        {t("roleOf", { name: user.name })}
      </label>
      <select
        id={id}
        className={styles.select}
        style={{ width: "auto", minHeight: 30, padding: "3px 8px", fontSize: "0.875rem" }}
        value={role}
        disabled={self}
        aria-describedby={message ? `${id}-msg` : undefined}
        onChange={(e) => {
          setRole(e.target.value as Role);
          setMessage(null);
        }}
      >
        {ROLES.map((r) => (
          <option key={r} value={r}>
            {t(`role.${r}`)}
          </option>
        ))}
      </select>
      {role !== saved ? (
        <button type="button" className={`${styles.button} ${styles.buttonSmall}`} onClick={save} disabled={busy}>
          {busy ? t("saving") : t("changeRole")}
        </button>
      ) : null}
      {self ? <span className={styles.hint}>{t("noSelfDemote")}</span> : null}
      {message ? (
        <span id={`${id}-msg`} role={message.ok ? "status" : "alert"} className={message.ok ? styles.hint : styles.error}>
          {message.text}
        </span>
      ) : null}
    </div>
  );
}
