// GET /map.png: the same drawing as /map.svg, rasterised on the server (resvg): downloads and share previews.
import { mapImageRoute } from "@/lib/http/map-image-route";

export const GET = mapImageRoute("png");
