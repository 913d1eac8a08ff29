// Loading, error and empty states shared by the rail and the panels.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

export function Skeleton({ lines = 3, label }: { lines?: number; label: string }) {
  return (
    <div className="skeleton" role="status" aria-live="polite">
      <span className="visually-hidden">{label}</span>
      {Array.from({ length: lines }, (_, i) => (
        <span key={i} className="skeleton__line" style={{ width: `${90 - ((i * 17) % 40)}%` }} aria-hidden="true" />
      ))}
    </div>
  );
}

export function ErrorState({ title, error, onRetry }: { title: string; error: Error | null; onRetry: () => void }) {
  const t = useTranslations("states");
  return (
    <div className="error-state" role="alert">
      <p className="error-state__title">{title}</p>
      {error?.message ? <p className="error-state__detail">{error.message}</p> : null}
      <button type="button" className="button" onClick={onRetry}>
        {t("retry")}
      </button>
    </div>
  );
}

export function EmptyState({ children }: { children: ReactNode }) {
  return <p className="empty-state">{children}</p>;
}

/**
 * Says which of the address's parameters the page could not use and why ("minEvidence: must be one of confirmed, reported, alleged, denied"), instead
 * of dropping them silently: a shared link with a typo still opens, and its reader knows what was left out.
 */
export function IgnoredParamsNotice({ ignored }: { ignored: readonly { field: string; message: string }[] }) {
  const t = useTranslations("states");
  if (ignored.length === 0) return null;
  return (
    <div className="notice" role="status" data-testid="ignored-params">
      <p className="notice__title">{t("ignoredTitle")}</p>
      <ul className="notice__list">
        {ignored.map((i) => (
          <li key={i.field}>
            <code>{i.field}</code>: {i.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
