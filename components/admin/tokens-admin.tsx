"use client";
// Personal API tokens for scripts: list, create (the secret is shown once, with a copy button), revoke.
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { CreateApiTokenRequestSchema } from "@/lib/schemas/admin";
import { callApi } from "./api";
import { formatTimestamp } from "./labels";
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
    } else setError(result.issues[0] ? `${result.issues[0].path.join(".")} ${result.issues[0].message}` : result.message);
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
        Create a token
      </h2>
      {created ? (
        <div className={styles.noticeWarning} role="status">
          <p className={styles.noticeTitle}>Token “{created.name}” created. Copy it now: it will not be shown again.</p>
          <p>Only its hash is stored. Anyone holding it can act as its owner; keep it out of code and chat.</p>
          <div className={styles.tokenBox}>
            <label htmlFor="new-token" className="visually-hidden">
              New API token
            </label>
            <input id="new-token" ref={tokenRef} className={`${styles.input} ${styles.mono}`} readOnly value={created.token} onFocus={(e) => e.target.select()} />
            <button type="button" className={styles.button} onClick={copy}>
              {copied ? "Copied" : "Copy"}
            </button>
          </div>
          <p className={styles.hint}>
            Use it as <code className={styles.mono}>Authorization: Bearer …</code>
          </p>
          <div className={styles.actions}>
            <button type="button" className={`${styles.buttonQuiet} ${styles.buttonSmall}`} onClick={() => setCreated(null)}>
              I have copied it; hide the token
            </button>
          </div>
        </div>
      ) : null}
      <form className={styles.grid2} onSubmit={onSubmit} noValidate style={{ alignItems: "start" }}>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="token-name">
            Name
          </label>
          <input
            id="token-name"
            className={styles.input}
            value={name}
            placeholder="e.g. GDELT import job"
            onChange={(e) => setName(e.target.value)}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? "token-name-error" : undefined}
          />
          {nameError ? (
            <p id="token-name-error" className={styles.error}>
              Name {nameError}.
            </p>
          ) : null}
        </div>
        <div className={styles.field}>
          <label className={styles.label} htmlFor="token-owner">
            Owner
          </label>
          <select id="token-owner" className={styles.select} value={userId} onChange={(e) => setUserId(e.target.value)}>
            {users.map((u) => (
              <option key={u.id} value={u.id}>
                {u.name} ({u.role})
              </option>
            ))}
          </select>
          <p className={styles.hint}>The token acts with its owner’s role.</p>
        </div>
        <div className={styles.actions}>
          <button type="submit" className={styles.buttonPrimary} disabled={busy}>
            {busy ? "Creating…" : "Create token"}
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
  if (!tokens.length) return <p className={`${styles.panel} ${styles.empty}`}>No API tokens yet.</p>;
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table}>
        <caption className="visually-hidden">API tokens, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Owner</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => (
            <tr key={token.id} className={token.revokedAt ? styles.rowRetired : undefined}>
              <td>
                <strong>{token.name}</strong>
              </td>
              <td className={styles.cellMeta} data-label="Owner">
                {token.owner.name} · {token.owner.email}
              </td>
              <td className={`${styles.nowrap} ${styles.cellMeta}`} data-label="Created">
                {formatTimestamp(token.createdAt)}
              </td>
              <td className={`${styles.nowrap} ${styles.cellMeta}`} data-label="Last used">
                {token.lastUsedAt ? formatTimestamp(token.lastUsedAt) : "never"}
              </td>
              <td data-label="Status">
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
  if (token.revokedAt) {
    return <span className={`${styles.tag} ${styles.tagRetired}`}>Revoked {formatTimestamp(token.revokedAt).split(",")[0]}</span>;
  }
  async function revoke() {
    setBusy(true);
    setError(null);
    const result = await callApi("DELETE", `/api/admin/tokens/${token.id}`);
    setBusy(false);
    setConfirming(false);
    if (result.ok) router.refresh();
    else setError(result.message);
  }
  return (
    <div className={styles.actions} style={{ gap: 6 }}>
      <span className={styles.tag}>Active</span>
      {confirming ? (
        <>
          <button type="button" className={`${styles.buttonDanger} ${styles.buttonSmall}`} onClick={revoke} disabled={busy} autoFocus>
            {busy ? "Revoking…" : `Yes, revoke “${token.name}”`}
          </button>
          <button type="button" className={`${styles.buttonQuiet} ${styles.buttonSmall}`} onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </>
      ) : (
        <button type="button" className={`${styles.button} ${styles.buttonSmall}`} onClick={() => setConfirming(true)} aria-label={`Revoke token ${token.name}`}>
          Revoke…
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
