// The colours of a server-drawn map (/map.svg, /map.png) in each theme: the live map's palette (lib/map/style.ts
// MAP_PALETTES: sea, land, borders, capitals, arc casings) plus the words around it, which on the page come from
// app/globals.css (--text, --muted, --accent). The arcs keep their colours in both themes, as on the map.
import { MAP_PALETTES, type MapPalette, type MapTheme } from "@/lib/map/style";

/** A map palette and the overlay's text colours (CSS hex). */
export interface ImagePalette extends MapPalette {
  /** The title. */
  text: string;
  /** The verdict, legend words and the neutral legend lines (patterns). */
  soft: string;
  /** The range, legend heading and credits. */
  muted: string;
  /** The "AXIS ATLAS" eyebrow. */
  accent: string;
  /** The rule between the side panel and the map. */
  panelEdge: string;
}

/**
 * Dark is what the images have always been (byte for byte). Light uses the page's light theme: ink text on the
 * pale sea, the light map palette; each text colour keeps at least WCAG AA (4.5:1) on the light sea
 * (lib/map-image/image-palette.test.ts).
 */
export const IMAGE_PALETTES: Record<MapTheme, ImagePalette> = {
  dark: { ...MAP_PALETTES.dark, text: "#e8eef5", soft: "#c9d4e0", muted: "#8c9bad", accent: "#8fb8e8", panelEdge: "#22344a" },
  light: { ...MAP_PALETTES.light, text: "#0f1b2a", soft: "#1f3042", muted: "#3f5063", accent: "#0b4f94", panelEdge: "#9aabbd" },
};
