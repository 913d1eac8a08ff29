"use client";
// The frame every detail panel shares: a labelled region whose heading takes focus when it opens,
// with a close button. (Escape is handled by the dashboard, so it works wherever focus is.)
import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode } from "react";

interface PanelShellProps {
  /** Changes when the panel shows something else, so focus moves to the new heading. */
  panelKey: string;
  eyebrow: string;
  title: ReactNode;
  titleText: string;
  onClose: () => void;
  children: ReactNode;
}

export function PanelShell({ panelKey, eyebrow, title, titleText, onClose, children }: PanelShellProps) {
  const t = useTranslations("panel");
  const headingRef = useRef<HTMLHeadingElement>(null);
  const bodyRef = useRef<HTMLDivElement>(null);
  const headingId = `panel-heading-${panelKey}`;

  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    bodyRef.current?.scrollTo?.({ top: 0 });
  }, [panelKey]);

  return (
    <section className="panel" aria-labelledby={headingId} data-panel={panelKey}>
      <div className="panel__handle" aria-hidden="true" />
      <header className="panel__header">
        <div className="panel__titles">
          <p className="panel__eyebrow">{eyebrow}</p>
          <h2 id={headingId} ref={headingRef} tabIndex={-1} className="panel__title">
            {title}
          </h2>
        </div>
        <button type="button" className="icon-button" onClick={onClose} aria-label={t("close", { title: titleText })}>
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
          </svg>
        </button>
      </header>
      <div className="panel__body" ref={bodyRef}>
        {children}
      </div>
    </section>
  );
}
