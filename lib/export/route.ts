// Builds the GET handler of one export route: parse the filters (400 naming the field), then answer the file.
import "server-only";
import { readRoute } from "@/lib/http/route";
import { ExportFiltersSchema, LinksExportFiltersSchema, type ExportFilters, type LinksExportFilters } from "@/lib/schemas/export";

export function exportRoute(answer: (filters: ExportFilters) => Promise<Response>) {
  return readRoute({ query: ExportFiltersSchema, handler: ({ query }) => answer(query) });
}

/** The same for the links exports, which also take `direction`. */
export function linksExportRoute(answer: (filters: LinksExportFilters) => Promise<Response>) {
  return readRoute({ query: LinksExportFiltersSchema, handler: ({ query }) => answer(query) });
}
