// One link as a button: its line swatch, countries, events and strength. Used by the rail's list and by
// a country's panel. The button is named by what it shows, in the order it shows it (WCAG 2.5.3, so a
// speech user can say what they see); visually hidden commas and the word "strength" only add the pauses
// and the context a screen reader needs: "Iran – North Korea, 2 events · last April 2024, strength 2.6".
// They sit beside the title and the figure, not inside them, so those elements' text stays the bare value.
import { useTranslations } from "next-intl";
import type { LinkSummary } from "@/lib/schemas/links";
import { linkStyle } from "@/lib/map/link-style";
import { LineSwatch } from "./line-swatch";
import { useWords } from "./use-words";

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
  const t = useTranslations("linkButton");
  const words = useWords();
  const style = linkStyle(link);
  const last = link.lastEventOn && link.lastEventPrecision ? words.date(link.lastEventOn, link.lastEventPrecision) : null;
  const none = narrowed ? t("noneInView") : t("noneYet");
  return (
    <button
      type="button"
      className="list-button"
      aria-current={selected ? "true" : undefined}
      data-link-id={link.id}
      data-position={position}
      onClick={() => onOpen(link.id)}
    >
      <LineSwatch color={style.color} width={style.width} pattern={style.pattern} length={28} />
      <span className="list-button__text">
        <span className="list-button__title">{words.pair(link)}</span>
        <span className="visually-hidden">,</span>
        <span className="list-button__meta">
          {link.eventCount === 0 ? none : last ? t("metaLast", { count: link.eventCount, date: last }) : t("meta", { count: link.eventCount })}
        </span>
      </span>
      <span className="visually-hidden">, {t("strength")}</span>
      <span className="list-button__figure" title={t("strengthTitle")}>
        {words.dec(link.strength)}
      </span>
    </button>
  );
}
