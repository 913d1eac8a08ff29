// The default arc style with widths relative to the links drawn (width-scale.ts): what the map, its first view and
// the map images draw, so all of them give the strongest link drawn the widest line.
import type { LinkSummary } from "@/lib/schemas/links";
import { linkStyle, type LinkStyle } from "./link-style";
import { arcWidthScale } from "./width-scale";

/**
 * linkStyle for each of `drawn` (the links on the map), its width on the square-root scale of their strengths;
 * a link with no events keeps the dotted no-events width. Returns a function of a link (any link, though its width
 * is only meaningful among `drawn`).
 */
export function scaledLinkStyle(drawn: readonly Pick<LinkSummary, "strength">[]): (link: LinkSummary) => LinkStyle {
  const scale = arcWidthScale(drawn.map((l) => l.strength));
  return (link) => {
    const style = linkStyle(link);
    return style.pattern === "dotted" ? style : { ...style, width: scale.widthOf(link.strength) };
  };
}
