"use client";
// User management for admins: create an account (same zod schema as the API) and change roles.
import { useRouter } from "next/navigation";
import { useState } from "react";
import { ROLES, type Role } from "@/lib/auth/roles";
import { CreateUserRequestSchema } from "@/lib/schemas/admin";
import { callApi, issuesByPath } from "./api";
import { ROLE_LABEL, formatTimestamp } from "./labels";
import type { UserView } from "./types";
import styles from "./admin.module.css";

type UserField = "email" | "name" | "password" | "role";
const USER_LABEL: Record<UserField, string> = { email: "Email", name: "Name", password: "Password", role: "Role" };

export function CreateUserForm() {
  const router = useRouter();
  const [values, setValues] = useState({ email: "", name: "", password: "", role: "editor" as Role });
  const [touched, setTouched] = useState<Set<UserField>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const parsed = CreateUserRequestSchema.safeParse(values);
  const clientErrors: Record<string, string> = {};
  if (!parsed.success) for (const issue of parsed.error.issues) clientErrors[String(issue.path[0])] ??= issue.message;
  const errorFor = (field: UserField) => {
    const message = serverErrors[field] ?? (submitted || touched.has(field) ? clientErrors[field] : undefined);
    return message ? `${USER_LABEL[field]} ${message}.` : undefined;
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
      setStatus({ ok: true, text: `Created ${result.data.user.email} as ${ROLE_LABEL[result.data.user.role].toLowerCase()}. Give them the password through a safe channel.` });
      setValues({ email: "", name: "", password: "", role: "editor" });
      setTouched(new Set());
      setSubmitted(false);
      setServerErrors({});
      router.refresh();
    } else if (result.status === 400 && result.issues.length) {
      setServerErrors(issuesByPath(result.issues));
    } else setStatus({ ok: false, text: result.message });
  }

  const field = (name: Exclude<UserField, "role">, type: string, autoComplete: string, hint?: string) => {
    const error = errorFor(name);
    const id = `user-${name}`;
    return (
      <div className={styles.field}>
        <label className={styles.label} htmlFor={id}>
          {USER_LABEL[name]}
        </label>
        <input
          id={id}
          className={styles.input}
          type={type}
          autoComplete={autoComplete}
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
        Create a user
      </h2>
      {status ? (
        <div role={status.ok ? "status" : "alert"} className={status.ok ? styles.noticeSuccess : styles.noticeError}>
          <p>{status.text}</p>
        </div>
      ) : null}
      <div className={styles.grid2}>
        {field("email", "email", "off")}
        {field("name", "text", "off")}
        {field("password", "password", "new-password", "At least 10 characters.")}
        <div className={styles.field}>
          <label className={styles.label} htmlFor="user-role">
            Role
          </label>
          <select id="user-role" className={styles.select} value={values.role} onChange={(e) => setValues((v) => ({ ...v, role: e.target.value as Role }))}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABEL[r]}
              </option>
            ))}
          </select>
          <p className={styles.hint}>Viewers read; editors add and edit events; admins also manage users, links and countries.</p>
        </div>
      </div>
      <div className={styles.actions}>
        <button type="submit" className={styles.buttonPrimary} disabled={busy}>
          {busy ? "Creating…" : "Create user"}
        </button>
      </div>
    </form>
  );
}

export function UsersTable({ users, selfId }: { users: UserView[]; selfId: string }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">Users and their roles</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Created</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>
                <strong>{user.name}</strong>
                {user.id === selfId ? <span className={styles.hint}> (you)</span> : null}
              </td>
              <td className={styles.cellMeta} data-label="Email">
                {user.email}
              </td>
              <td className={`${styles.nowrap} ${styles.cellMeta}`} data-label="Created">
                {formatTimestamp(user.createdAt)}
              </td>
              <td data-label="Role">
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

  async function save() {
    setBusy(true);
    setMessage(null);
    const result = await callApi<{ user: { role: Role } }>("PATCH", `/api/admin/users/${user.id}`, { role });
    setBusy(false);
    if (result.ok) {
      setSaved(result.data.user.role);
      setMessage({ ok: true, text: "Saved." });
      router.refresh();
    } else {
      setMessage({ ok: false, text: result.issues[0]?.message ? `Not changed: ${result.issues[0].message}.` : result.message });
    }
  }

  return (
    <div className={styles.actions}>
      <label htmlFor={id} className="visually-hidden">
        Role of {user.name}
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
            {ROLE_LABEL[r]}
          </option>
        ))}
      </select>
      {role !== saved ? (
        <button type="button" className={`${styles.button} ${styles.buttonSmall}`} onClick={save} disabled={busy}>
          {busy ? "Saving…" : "Change role"}
        </button>
      ) : null}
      {self ? <span className={styles.hint}>You cannot demote yourself.</span> : null}
      {message ? (
        <span id={`${id}-msg`} role={message.ok ? "status" : "alert"} className={message.ok ? styles.hint : styles.error}>
          {message.text}
        </span>
      ) : null}
    </div>
  );
}
