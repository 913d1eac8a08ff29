"use client";
// Email and password sign-in against Better Auth (/api/auth/sign-in/email). Explains a wrong password and
// a rate limit (with how long to wait) in words, then goes to the page the person came for.
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import styles from "./admin.module.css";

type Failure = { kind: "credentials" | "rate" | "other" | "missing"; message: string };

/** "30 seconds", "2 minutes", in the reader's language. */
function describeWait(seconds: number, t: ReturnType<typeof useTranslations<"signIn">>): string {
  if (seconds < 60) return t("seconds", { count: seconds });
  return t("minutes", { count: Math.ceil(seconds / 60) });
}

export function SignInForm({ next }: { next: string }) {
  const id = useId();
  const t = useTranslations("signIn");
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
      setFailure({ kind: "missing", message: t("missing") });
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
      setFailure({ kind: "other", message: t("unreachable") });
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
        message: t("rate", { wait: describeWait(seconds, t) }),
      });
    } else if (response.status === 401 || response.status === 400) {
      setFailure({ kind: "credentials", message: t("credentials") });
    } else {
      setFailure({ kind: "other", message: t("other", { status: response.status }) });
    }
  }

  const errorId = `${id}-error`;
  const invalid = failure?.kind === "credentials" || failure?.kind === "missing";
  return (
    // method="post" so that, even without JavaScript, a password never ends up in a URL.
    <form className={styles.form} method="post" onSubmit={onSubmit} noValidate aria-describedby={failure ? errorId : undefined}>
      {failure ? (
        <div id={errorId} ref={alertRef} tabIndex={-1} role="alert" className={styles.noticeError}>
          <p className={styles.noticeTitle}>{failure.kind === "rate" ? t("paused") : t("failed")}</p>
          <p>{failure.message}</p>
        </div>
      ) : null}
      <div className={styles.field}>
        <label className={styles.label} htmlFor={`${id}-email`}>
          {t("email")}
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
          {t("password")}
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
        {busy ? t("busy") : t("submit")}
      </button>
    </form>
  );
}
