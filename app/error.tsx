"use client";
// The page failed to render (not a failed fetch: those have their own Retry in place).
import { useTranslations } from "next-intl";
import { useEffect } from "react";

export default function PageError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("error");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <main className="app" style={{ display: "grid", placeItems: "center", minHeight: "100vh", padding: 24 }}>
      <div className="error-state" role="alert" style={{ maxWidth: 420 }}>
        <h1 className="error-state__title">{t("title")}</h1>
        <p className="error-state__detail">{t("body")}</p>
        <button type="button" className="button" onClick={reset}>
          {t("retry")}
        </button>
      </div>
    </main>
  );
}
