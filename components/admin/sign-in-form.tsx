"use client";
// Email and password sign-in against Better Auth (/api/auth/sign-in/email). Explains a wrong password and
// a rate limit (with how long to wait) in words, then goes to the page the person came for.
import { useEffect, useId, useRef, useState } from "react";
import styles from "./admin.module.css";

type Failure = { kind: "credentials" | "rate" | "other" | "missing"; message: string };

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

export function SignInForm({ next }: { next: string }) {
  const id = useId();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  // Until React has hydrated, a click would submit the form natively; keep the button off until then.
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);

  useEffect(() => {
    if (failure) alertRef.current?.focus();
  }, [failure]);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setFailure({ kind: "missing", message: "Enter your email address and your password." });
      return;
    }
    setBusy(true);
    setFailure(null);
    let response: Response;
    try {
      response = await fetch("/api/auth/sign-in/email", {
        method: "POST",
        headers: { "content-type": "application/json", accept: "application/json" },
        body: JSON.stringify({ email: email.trim(), password }),
        credentials: "same-origin",
      });
    } catch {
      setBusy(false);
      setFailure({ kind: "other", message: "The server could not be reached. Check your connection and try again." });
      return;
    }
    if (response.ok) {
      // A full navigation so the server renders the admin pages with the new session cookie.
      window.location.assign(next);
      return;
    }
    setBusy(false);
    if (response.status === 429) {
      const seconds = Number(response.headers.get("retry-after")) || 15 * 60;
      setFailure({
        kind: "rate",
        message: `Too many failed sign-in attempts. Wait ${describeWait(seconds)} before trying again.`,
      });
    } else if (response.status === 401 || response.status === 400) {
      setFailure({ kind: "credentials", message: "That email and password do not match an account. Check both and try again." });
    } else {
      setFailure({ kind: "other", message: `Signing in failed (the server answered ${response.status}). Try again in a moment.` });
    }
  }

  const errorId = `${id}-error`;
  const invalid = failure?.kind === "credentials" || failure?.kind === "missing";
  return (
    // method="post" so that, even without JavaScript, a password never ends up in a URL.
    <form className={styles.form} method="post" onSubmit={onSubmit} noValidate aria-describedby={failure ? errorId : undefined}>
      {failure ? (
        <div id={errorId} ref={alertRef} tabIndex={-1} role="alert" className={styles.noticeError}>
          <p className={styles.noticeTitle}>{failure.kind === "rate" ? "Sign-in paused" : "Could not sign in"}</p>
          <p>{failure.message}</p>
        </div>
      ) : null}
      <div className={styles.field}>
        <label className={styles.label} htmlFor={`${id}-email`}>
          Email
        </label>
        <input
          id={`${id}-email`}
          className={styles.input}
          type="email"
          name="email"
          autoComplete="username"
          inputMode="email"
          autoFocus
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
        />
      </div>
      <div className={styles.field}>
        <label className={styles.label} htmlFor={`${id}-password`}>
          Password
        </label>
        <input
          id={`${id}-password`}
          className={styles.input}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? errorId : undefined}
        />
      </div>
      <button type="submit" className={styles.buttonPrimary} disabled={busy || !hydrated}>
        {busy ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
