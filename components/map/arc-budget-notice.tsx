// What the map leaves out, said over the map: "Showing the 150 strongest of 5,000 links. Show all", or, with
// every arc drawn, "Showing all 5,000 links. Strongest only". Each choice is an address (?arcs=all), so it
// works before scripts run and a shared link keeps it; with scripts a click switches without a navigation.
import { useTranslations } from "next-intl";
import type { MouseEvent } from "react";
import { useWords } from "../use-words";

interface ArcBudgetNoticeProps {
  /** Arcs drawn. */
  shown: number;
  /** Links there are (with known capitals). */
  total: number;
  /** What an open panel added beyond the strongest ("link" or "country"), if it added any. */
  kept?: "link" | "country";
  showAll: boolean;
  hrefFor: (showAll: boolean) => string;
  onChange: (showAll: boolean) => void;
}

export function ArcBudgetNotice({ shown, total, kept, showAll, hrefFor, onChange }: ArcBudgetNoticeProps) {
  const t = useTranslations("arcBudget");
  const num = useWords().num;
  const next = !showAll;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onChange(next);
  };
  const words = showAll
    ? shown < total
      ? // The server's drawing stops at its limit (map-stage.tsx); MapLibre, asked for at once, draws the rest.
        t("drawingAll", { shown: num(shown), total: num(total) })
      : t("all", { total: num(total) })
    : kept
      ? t(kept === "link" ? "keptLink" : "keptCountry", { shown: num(shown), total: num(total) })
      : t("strongest", { shown: num(shown), total: num(total) });
  return (
    <p className="arc-budget" role="status" data-testid="arc-budget">
      <span>{words}</span>{" "}
      <a href={hrefFor(next)} onClick={onClick} className="arc-budget__toggle">
        {showAll ? t("strongestOnly") : t("showAll")}
      </a>
    </p>
  );
}
