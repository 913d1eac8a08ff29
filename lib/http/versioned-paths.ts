// Which public reads are also served at a data snapshot, /api/v/{snapshot}/..., and how a versioned URL's path
// (the segments after the snapshot) maps to one of them and its path parameters. Only reads whose answers are the
// same for everyone and go through the cache of public answers (cached-json.ts) are here: GET /api/events/{id}
// shows retired events to editors, and the exports stream a new `exportedAt` each time, so they are not.
// Pure: the OpenAPI document lists these too.

/** The unversioned paths, as OpenAPI writes them; each is also served as /api/v/{version}/<the rest>. */
export const VERSIONED_PATHS = [
  "/api/links",
  "/api/links/{id}",
  "/api/links/{id}/events",
  "/api/timeline",
  "/api/events",
  "/api/countries",
  "/api/countries/{iso2}",
  "/api/compare",
] as const;

export type VersionedPath = (typeof VERSIONED_PATHS)[number];

/** "/api/links/{id}" -> "/api/v/{version}/links/{id}": the versioned path as OpenAPI writes it. */
export function versionedTemplate(path: VersionedPath): string {
  return `/api/v/{version}/${path.slice("/api/".length)}`;
}

/**
 * The public read that `segments` (the versioned URL's path after the snapshot, decoded, e.g. ["links", "IR-KP"])
 * names, with its path parameters ({ id: "IR-KP" }); null when it names none.
 */
export function matchVersionedPath(segments: readonly string[]): { path: VersionedPath; params: Record<string, string> } | null {
  for (const path of VERSIONED_PATHS) {
    const template = path.slice("/api/".length).split("/");
    if (template.length !== segments.length) continue;
    const params: Record<string, string> = {};
    const matches = template.every((part, i) => {
      const name = /^\{(\w+)\}$/.exec(part)?.[1];
      if (name) params[name] = segments[i]!;
      return name !== undefined || part === segments[i];
    });
    if (matches) return { path, params };
  }
  return null;
}
