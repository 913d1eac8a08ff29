// The OpenAPI operations of the versioned reads (/api/v/{version}/...): each is its unversioned read's operation
// (same path parameters, query and answers) with the snapshot in the path, the cache headers of its 200 and the
// two answers only a versioned URL gives (307 to the current snapshot, 503 while this server catches up).
import { z } from "zod";
import { ErrorResponseSchema } from "@/lib/schemas/errors";
import { VERSIONED_PATHS, versionedTemplate } from "@/lib/http/versioned-paths";
import type { Operation, Reply } from "./operation";

const SnapshotPathSchema = z.object({
  version: z
    .string()
    .regex(/^\d+-\d{4}-\d{2}-\d{2}$/)
    .describe('The data snapshot, "{data version}-{YYYY-MM-DD}" (UTC), as GET /api/changes gives it in `snapshot`, e.g. 8412-2026-12-01.'),
});

const cacheControl = (value: string) => ({ "cache-control": { description: value, schema: { type: "string" } } });

/** The versioned counterpart of each operation in `operations` whose path is in VERSIONED_PATHS. */
export function versionedOperations(operations: readonly Operation[]): Operation[] {
  return VERSIONED_PATHS.map((path) => {
    const op = operations.find((o) => o.method === "get" && o.path === path);
    if (!op) throw new Error(`No GET ${path} operation to version.`);
    const ok = op.responses[200]!;
    const malformed = "The snapshot is malformed (`error.issues[].path` is [\"version\"]).";
    const badSnapshot: Record<number, Reply> = {
      400: op.responses[400] ? { ...op.responses[400], description: `${op.responses[400].description} ${malformed}` } : { description: malformed, schema: ErrorResponseSchema },
    };
    return {
      ...op,
      path: versionedTemplate(path),
      summary: `${op.summary} At one data snapshot: cacheable by anyone for a year.`,
      description: [
        op.description,
        `The same as GET ${path}, measured at the snapshot in the path. Only the current snapshot is answered: its answers carry \`Cache-Control: public, max-age=31536000, immutable\` (they never change), an older snapshot redirects to the current one's URL, and a newer one than this server's database holds answers 503 until it arrives.`,
      ]
        .filter(Boolean)
        .join("\n\n"),
      pathParams: SnapshotPathSchema.extend(op.pathParams?.shape ?? {}),
      responses: {
        ...op.responses,
        200: { ...ok, headers: { ...ok.headers, ...cacheControl("public, max-age=31536000, immutable") } },
        307: {
          description: "The snapshot is not the current one any more: the same read at the current snapshot (Cache-Control: no-store).",
          headers: { location: { description: "Relative to the request's URL, e.g. `../../8413-2026-12-01/links?from=2019-01-01`.", schema: { type: "string" } }, ...cacheControl("no-store") },
        },
        ...badSnapshot,
        503: { description: "This server's database has not reached the snapshot yet (a lagging read replica), or does not answer: retry (Retry-After).", schema: ErrorResponseSchema },
      },
    };
  });
}
