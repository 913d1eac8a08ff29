// The map's colours follow the page's theme (components/theme-switch.tsx, or the system's preference) in place:
// paint properties change, the style, its sources and the camera stay, so nothing reloads or flickers.
import { useEffect, useRef } from "react";
import { themePaint } from "@/lib/map/style";
import { useTheme } from "@/components/use-theme";
import { useMap } from "./map-context";

export function MapTheme({ builtInBasemap }: { builtInBasemap: boolean }) {
  const handle = useMap();
  const theme = useTheme();
  // The map was created in the theme of that moment (use-maplibre-map.ts): only later changes need painting.
  const painted = useRef<string | null>(null);

  useEffect(() => {
    if (!handle) return;
    const { map, host } = handle;
    if (painted.current === null) painted.current = host.dataset.mapTheme ?? null;
    if (painted.current !== theme) {
      for (const [layer, property, value] of themePaint(theme, builtInBasemap)) {
        if (map.getLayer(layer)) map.setPaintProperty(layer, property as Parameters<typeof map.setPaintProperty>[1], value as Parameters<typeof map.setPaintProperty>[2]);
      }
      painted.current = theme;
    }
    // A test hook like the others on the host (map-stage.tsx): the theme the map's colours are in.
    host.dataset.mapTheme = theme;
    const sea = map.getLayer("background") ? map.getPaintProperty("background", "background-color") : undefined;
    if (typeof sea === "string") host.dataset.mapSea = sea;
  }, [handle, theme, builtInBasemap]);

  return null;
}
