// When MapLibre is worth loading: the server-drawn first view is enough to read the map, so the 290 KB map
// library and WebGL wait until the reader reaches for the map (pointer, wheel, touch, keyboard or focus on it,
// or a control that needs it: the globe, playback), or until the page is idle on a device that can afford it.
import { useEffect, useState, type RefObject } from "react";

/** pointermove too: a pointer already over the map when the page hydrates never enters it again. */
const INTERACTIONS = ["pointerenter", "pointermove", "pointerdown", "wheel", "touchstart", "keydown", "focusin"] as const;

type NavigatorHints = Navigator & { deviceMemory?: number; connection?: { saveData?: boolean } };

/**
 * A device that can start the map unasked: four or more cores, 4 GB or more (where the browser says), a fine
 * pointer, and no data-saver. Phones and small machines wait for an interaction.
 */
function canAffordIdleStart(): boolean {
  const nav = navigator as NavigatorHints;
  return (
    nav.hardwareConcurrency >= 4 &&
    (nav.deviceMemory ?? 8) >= 4 &&
    !nav.connection?.saveData &&
    window.matchMedia("(pointer: fine)").matches
  );
}

/**
 * True from the first interaction with `region` on, or once `asked` is true, or after the page's load event and
 * an idle moment on a device that can afford it. Never goes back to false.
 */
export function useMapWanted(region: RefObject<HTMLElement | null>, asked: boolean): boolean {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    if (wanted) return;
    if (asked) {
      setWanted(true);
      return;
    }
    const element = region.current;
    const want = () => setWanted(true);
    for (const type of INTERACTIONS) element?.addEventListener(type, want, { passive: true });
    let idle: number | undefined;
    const whenIdle = () => {
      idle = window.requestIdleCallback ? window.requestIdleCallback(want, { timeout: 5_000 }) : window.setTimeout(want, 1_000);
    };
    if (canAffordIdleStart()) {
      if (document.readyState === "complete") whenIdle();
      else window.addEventListener("load", whenIdle, { once: true });
    }
    return () => {
      for (const type of INTERACTIONS) element?.removeEventListener(type, want);
      window.removeEventListener("load", whenIdle);
      if (idle !== undefined) (window.cancelIdleCallback ?? window.clearTimeout)(idle);
    };
  }, [wanted, asked, region]);
  return wanted;
}
