// One link as a button: its line swatch, countries, events and strength. Used by the rail's list and by
// a country's panel.
import type { LinkSummary } from "@/lib/schemas/links";
import { lastEventLabel, linkAccessibleName, pluralize } from "@/lib/map/briefing";
import { linkStyle } from "@/lib/map/link-style";
import { LineSwatch } from "./line-swatch";

interface LinkButtonProps {
  link: LinkSummary;
  selected: boolean;
  onOpen: (id: string) => void;
  /** A range or filters hide part of the record: a link without events says "none in this view", not "none yet". */
  narrowed?: boolean;
  /** 1-based place in a virtualised list, for tests and the benchmark to find rows by rank. */
  position?: number;
}

export function LinkButton({ link, selected, onOpen, narrowed = false, position }: LinkButtonProps) {
  const style = linkStyle(link);
  const last = lastEventLabel(link);
  const none = narrowed ? "No events in this view" : "No events yet";
  return (
    <button
      type="button"
      className="list-button"
      aria-label={link.eventCount === 0 && narrowed ? `${link.countryNames.join(" – ")}, no events in this view` : linkAccessibleName(link)}
      aria-current={selected ? "true" : undefined}
      data-link-id={link.id}
      data-position={position}
      onClick={() => onOpen(link.id)}
    >
      <LineSwatch color={style.color} width={style.width} pattern={style.pattern} length={28} />
      <span className="list-button__text">
        <span className="list-button__title">{link.countryNames.join(" – ")}</span>
        <span className="list-button__meta">
          {link.eventCount === 0 ? none : `${pluralize(link.eventCount, "event")}${last ? ` · last ${last}` : ""}`}
        </span>
      </span>
      <span className="list-button__figure" aria-hidden="true" title="Strength">
        {link.strength.toFixed(1)}
      </span>
    </button>
  );
}
