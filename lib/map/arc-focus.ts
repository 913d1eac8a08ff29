// Which arcs the open panel is about. With a link or a country open, its ties come to the front and the rest
// are dimmed, so the reader sees what they asked about even among thousands of arcs.
import type { LinkSummary } from "@/lib/schemas/links";

/** "front": the open link or one of the open country's links; "dim": another link while a panel is open; "none": no panel. */
export type ArcFocus = "front" | "dim" | "none";

/** What is open: a link by id, or a country by its alpha-2 code (the dashboard's selection, without its event). */
export type FocusTarget = { kind: "link"; id: string } | { kind: "country"; id: string } | null;

/** `link`'s focus while `target` is open (see ArcFocus). */
export function arcFocus(link: Pick<LinkSummary, "id" | "countries">, target: FocusTarget): ArcFocus {
  if (!target) return "none";
  const mine = target.kind === "link" ? link.id === target.id : link.countries.includes(target.id);
  return mine ? "front" : "dim";
}

/** Dimmed arcs keep this share of their opacity: still there, as context, but plainly behind. */
export const DIMMED_OPACITY = 0.22;
