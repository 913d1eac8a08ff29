"use client";
// The reader's colour theme: System (prefers-color-scheme), Light or Dark. The choice goes on <html data-theme>
// at once (app/globals.css picks the colours from it, components/map/map-theme.tsx repaints the map) and into the
// axis-theme cookie, from which app/layout.tsx renders the next page already in it, without a flash.
import { useTranslations } from "next-intl";
import { createContext, useContext, useState, type ReactNode } from "react";
import { THEME_CHOICES, THEME_COOKIE, THEME_COOKIE_MAX_AGE, type ThemeChoice } from "@/lib/theme";

const ChoiceContext = createContext<ThemeChoice>("system");

/** The choice the server read from the cookie, so the switch renders it from the first byte (app/layout.tsx). */
export function ThemeChoiceProvider({ choice, children }: { choice: ThemeChoice; children: ReactNode }) {
  return <ChoiceContext.Provider value={choice}>{children}</ChoiceContext.Provider>;
}

/** Three pressed-or-not buttons in one group, like the projection switch beside it. */
export function ThemeSwitch({ className = "segmented" }: { className?: string }) {
  const t = useTranslations("themeSwitch");
  const [choice, setChoice] = useState(useContext(ChoiceContext));
  const choose = (next: ThemeChoice) => {
    setChoice(next);
    document.documentElement.dataset.theme = next;
    document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=${THEME_COOKIE_MAX_AGE}; samesite=lax`;
  };
  return (
    <div className={className} role="group" aria-label={t("label")}>
      {THEME_CHOICES.map((c) => (
        <button key={c} type="button" aria-pressed={choice === c} onClick={() => choose(c)}>
          {t(c)}
        </button>
      ))}
    </div>
  );
}
