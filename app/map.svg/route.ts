// GET /map.svg: the map for a dashboard address (range, filters, link or country) or a comparison (a, b) as SVG.
import { mapImageRoute } from "@/lib/http/map-image-route";

export const GET = mapImageRoute("svg");
