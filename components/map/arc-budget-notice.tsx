// What the map leaves out, said over the map: "Showing the 150 strongest of 5,000 links. Show all", or, with
// every arc drawn, "Showing all 5,000 links. Strongest only". Each choice is an address (?arcs=all), so it
// works before scripts run and a shared link keeps it; with scripts a click switches without a navigation.
import type { MouseEvent } from "react";

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

const count = (n: number) => n.toLocaleString("en");

export function ArcBudgetNotice({ shown, total, kept, showAll, hrefFor, onChange }: ArcBudgetNoticeProps) {
  const next = !showAll;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    onChange(next);
  };
  const words = showAll
    ? shown < total
      ? // The server's drawing stops at its limit (map-stage.tsx); MapLibre, asked for at once, draws the rest.
        `Showing the ${count(shown)} strongest of ${count(total)} links; the interactive map draws them all.`
      : `Showing all ${count(total)} links.`
    : kept
      ? `Showing ${count(shown)} of ${count(total)} links: the strongest and the open ${kept}'s.`
      : `Showing the ${count(shown)} strongest of ${count(total)} links.`;
  return (
    <p className="arc-budget" role="status" data-testid="arc-budget">
      <span>{words}</span>{" "}
      <a href={hrefFor(next)} onClick={onClick} className="arc-budget__toggle">
        {showAll ? "Strongest only" : "Show all"}
      </a>
    </p>
  );
}
