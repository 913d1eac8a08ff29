// What a GeoJSON source needs to go from one collection to the next: the whole collection again, or only
// what changed. A timeline step changes every arc's strength and style but not one arc's geometry; sending
// 5,000 arcs of 65 vertices again made MapLibre serialise them on the main thread (about 120 ms a step at
// scale), while a diff of changed properties is a few kilobytes. Pure: no map, no DOM.
import type { Feature, FeatureCollection, Geometry } from "geojson";

type Properties = Record<string, unknown>;

export interface FeatureDiff {
  id: string;
  newGeometry?: Geometry;
  removeProperties?: string[];
  addOrUpdateProperties?: { key: string; value: unknown }[];
}

/** The shape of MapLibre's GeoJSONSourceDiff, for features whose id is a string. */
export interface SourceDiff {
  remove?: string[];
  add?: Feature[];
  update?: FeatureDiff[];
}

export type SourceUpdate = { kind: "replace" } | { kind: "diff"; diff: SourceDiff } | { kind: "none" };

/** Past this share of features added, removed or moved, sending everything again is as cheap and simpler. */
const REPLACE_OVER = 0.5;

/**
 * The update from `previous` to `next`, features matched by their `id`. Geometries compare by reference
 * (arcs come from a cache, so an unchanged arc is the same array) and then by coordinates.
 */
export function sourceUpdate<G extends Geometry, P>(
  previous: FeatureCollection<G, P> | null,
  next: FeatureCollection<G, P>,
): SourceUpdate {
  if (!previous || previous.features.some((f) => typeof f.id !== "string") || next.features.some((f) => typeof f.id !== "string")) {
    return { kind: "replace" };
  }
  const before = new Map(previous.features.map((f) => [f.id as string, f]));
  const after = new Set<string>();
  const add: Feature[] = [];
  const update: FeatureDiff[] = [];
  let moved = 0;
  for (const feature of next.features) {
    const id = feature.id as string;
    after.add(id);
    const old = before.get(id);
    if (!old) {
      add.push(feature as Feature);
      continue;
    }
    const change: FeatureDiff = { id };
    if (!sameGeometry(old.geometry, feature.geometry)) {
      change.newGeometry = feature.geometry;
      moved++;
    }
    const changed = changedProperties(old.properties as Properties | null, feature.properties as Properties | null);
    if (changed.set.length) change.addOrUpdateProperties = changed.set;
    if (changed.removed.length) change.removeProperties = changed.removed;
    if (change.newGeometry || change.addOrUpdateProperties || change.removeProperties) update.push(change);
  }
  const remove = previous.features.map((f) => f.id as string).filter((id) => !after.has(id));
  if (add.length + remove.length + moved > REPLACE_OVER * Math.max(1, next.features.length)) return { kind: "replace" };
  if (!add.length && !remove.length && !update.length) return { kind: "none" };
  const diff: SourceDiff = {};
  if (remove.length) diff.remove = remove;
  if (add.length) diff.add = add;
  if (update.length) diff.update = update;
  return { kind: "diff", diff };
}

function changedProperties(old: Properties | null, next: Properties | null) {
  const set: { key: string; value: unknown }[] = [];
  const removed: string[] = [];
  const a = old ?? {};
  const b = next ?? {};
  for (const [key, value] of Object.entries(b)) if (!Object.is(a[key], value)) set.push({ key, value });
  for (const key of Object.keys(a)) if (!(key in b)) removed.push(key);
  return { set, removed };
}

function sameGeometry(a: Geometry, b: Geometry): boolean {
  if (a === b) return true;
  if (a.type !== b.type) return false;
  if ("coordinates" in a && "coordinates" in b && a.coordinates === b.coordinates) return true;
  return JSON.stringify(a) === JSON.stringify(b);
}
