// How a box of the world fills an image: MapLibre's fitBounds in world pixels (lib/map/world-pixels), so the
// server's images frame a link or a country as the live map does.
import type { WorldBox } from "@/lib/map/world-pixels";

/** Space in image px kept clear on each side of the fitted box (MapLibre's fitBounds padding). */
export interface FitPadding {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Where world pixels land in the image: image = world × scale + [x, y]. scale = 2^zoom. */
export interface ImageCamera {
  scale: number;
  x: number;
  y: number;
}

/**
 * Fits `box` ([x, y, width, height] in world pixels at zoom 0) into an image of `width` × `height` px less
 * `padding`, as MapLibre's fitBounds does: scale = min((W − left − right) / boxW, (H − top − bottom) / boxH),
 * capped at 2^maxZoom, and the box centred in the padded area. A box of zero width or height is fitted by its
 * other side (a point, by maxZoom). A padded area smaller than 1 px is treated as 1 px. Never throws.
 */
export function fitBox(box: WorldBox, width: number, height: number, padding: FitPadding, maxZoom = 6): ImageCamera {
  const [bx, by, bw, bh] = box;
  const innerW = Math.max(1, width - padding.left - padding.right);
  const innerH = Math.max(1, height - padding.top - padding.bottom);
  const maxScale = 2 ** maxZoom;
  const scale = Math.min(maxScale, bw > 0 ? innerW / bw : maxScale, bh > 0 ? innerH / bh : maxScale);
  return {
    scale,
    x: padding.left + (innerW - bw * scale) / 2 - bx * scale,
    y: padding.top + (innerH - bh * scale) / 2 - by * scale,
  };
}

/** A world-pixel point [x, y] in image px under `camera`. */
export function toImage(camera: ImageCamera, [x, y]: readonly [number, number]): [number, number] {
  return [x * camera.scale + camera.x, y * camera.scale + camera.y];
}
