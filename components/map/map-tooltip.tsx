// The hover card over the map: the pair, its event count and last event date; or a capital or country.
import type { CountryDto } from "@/lib/schemas/countries";
import type { LinkSummary } from "@/lib/schemas/links";
import { lastEventLabel, pluralize } from "@/lib/map/briefing";

export type HoverTarget =
  | { kind: "link"; id: string; x: number; y: number }
  | { kind: "capital"; id: string; x: number; y: number }
  | { kind: "country"; id: string; name: string; x: number; y: number };

interface MapTooltipProps {
  target: HoverTarget;
  link?: LinkSummary;
  /** Replaces the event count under a link's name. */
  linkDetail?: string;
  country?: CountryDto;
  fallbackName?: string;
}

export function MapTooltip({ target, link, linkDetail, country, fallbackName }: MapTooltipProps) {
  let title: string;
  let detail: string | null = null;
  if (target.kind === "link" && link) {
    title = link.countryNames.join(" – ");
    const last = lastEventLabel(link);
    detail = linkDetail ? linkDetail : link.eventCount === 0 ? "No events recorded yet" : `${pluralize(link.eventCount, "event")}${last ? ` · last ${last}` : ""}`;
  } else if (target.kind === "capital" && country) {
    title = country.capital;
    detail = `Capital of ${country.name}`;
  } else if (country) {
    title = country.name;
    detail = "Click for context";
  } else {
    title = fallbackName ?? "";
  }
  if (!title) return null;
  // Hover-only decoration: the same facts are in the list, so screen readers are not told twice.
  return (
    <div className="map-tooltip" style={{ transform: `translate(${Math.round(target.x)}px, ${Math.round(target.y)}px)` }} aria-hidden="true">
      <strong>{title}</strong>
      {detail ? <span>{detail}</span> : null}
    </div>
  );
}
