// The hover card over the map: the pair, its event count and last event date; or a capital or country.
import { useTranslations } from "next-intl";
import type { CountryDto } from "@/lib/schemas/countries";
import type { LinkSummary } from "@/lib/schemas/links";
import { useWords } from "../use-words";

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
  const t = useTranslations("tooltip");
  const tl = useTranslations("linkButton");
  const words = useWords();
  let title: string;
  let detail: string | null = null;
  if (target.kind === "link" && link) {
    title = words.pair(link);
    const last = link.lastEventOn && link.lastEventPrecision ? words.date(link.lastEventOn, link.lastEventPrecision) : null;
    detail = linkDetail
      ? linkDetail
      : link.eventCount === 0
        ? t("noEvents")
        : last
          ? tl("metaLast", { count: link.eventCount, date: last })
          : tl("meta", { count: link.eventCount });
  } else if (target.kind === "capital" && country) {
    title = country.capital;
    detail = t("capitalOf", { name: words.country(country.id, country.name) });
  } else if (country) {
    title = words.country(country.id, country.name);
    detail = t("clickForContext");
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
