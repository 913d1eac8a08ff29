// Point in polygon ring by the even-odd rule, in plain longitude/latitude degrees: right for rings that do not
// cross the antimeridian, as the basemap's never do once scripts/build-basemap.ts has cut them there.

/** Whether [lon, lat] lies inside `ring` (a closed list of [lon, lat] positions, either winding). */
export function ringContains(ring: readonly (readonly number[])[], [x, y]: readonly number[]): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > y! !== yj > y! && x! < ((xj - xi) * (y! - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}
