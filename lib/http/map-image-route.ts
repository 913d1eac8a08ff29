// The route handler behind GET /map.svg and /map.png: the address through MapImageQuerySchema (400 naming the
// field), the scene from the database (404 for an unknown link or country), drawn by renderMapSvg and, for PNG,
// rasterised by resvg, in the dashboard's dark colours or (?theme=light) its light ones. Answers are cached per
// (URL, day, data version) like the public API's, with a weak ETag.
import "server-only";
import { renderMapPng } from "@/lib/map-image/render-map-png";
import { renderMapSvg } from "@/lib/map-image/render-map-svg";
import { MapImageQuerySchema } from "@/lib/schemas/map-image";
import { getMapScene } from "@/lib/server/get-map-scene";
import { readLandSvg } from "@/lib/server/read-land-svg";
import { cachedJson } from "./cached-json";
import { readRoute } from "./route";

/** A GET handler answering the map as `format`: "svg" (image/svg+xml) or "png" (image/png). */
export function mapImageRoute(format: "svg" | "png") {
  return readRoute({
    query: MapImageQuerySchema,
    handler: async ({ query, request }) => {
      const { width, height, theme, ...address } = query;
      const response = await cachedJson(request, async () => {
        const svg = renderMapSvg(await getMapScene(address), { width, height, theme, land: readLandSvg(theme) });
        return format === "svg"
          ? { status: 200, text: svg, contentType: "image/svg+xml; charset=utf-8" }
          : { status: 200, bytes: await renderMapPng(svg), contentType: "image/png" };
      });
      const name = ["axis-atlas", address.link ?? address.country ?? (address.a ? "compare" : "map")].join("-");
      response.headers.set("content-disposition", `inline; filename="${name}.${format}"`);
      return response;
    },
  });
}
