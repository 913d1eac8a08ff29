// The public reads' GET handlers by path: app/api/**/route.ts export them, and the versioned route
// (lib/http/versioned-route.ts) dispatches /api/v/{snapshot}/... to the same ones. The `satisfies` keeps this
// table and VERSIONED_PATHS in step: a path listed there without a handler here is a type error.
import type { RouteContext } from "@/lib/http/route";
import type { VersionedPath } from "@/lib/http/versioned-paths";
import { compareRead } from "./compare";
import { countriesRead } from "./countries";
import { countryRead } from "./country";
import { eventsRead } from "./events";
import { linkRead } from "./link";
import { linkEventsRead } from "./link-events";
import { linksRead } from "./links";
import { timelineRead } from "./timeline";

export type ReadHandler = (request: Request, context?: RouteContext) => Promise<Response>;

export const PUBLIC_READS = {
  "/api/links": linksRead,
  "/api/links/{id}": linkRead,
  "/api/links/{id}/events": linkEventsRead,
  "/api/timeline": timelineRead,
  "/api/events": eventsRead,
  "/api/countries": countriesRead,
  "/api/countries/{iso2}": countryRead,
  "/api/compare": compareRead,
} satisfies Record<VersionedPath, ReadHandler>;
