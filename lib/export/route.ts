// Builds the GET handler of one export route: parse the filters (400 naming the field), then answer the file.
import "server-only";
import { handleErrors, searchParamsOf } from "@/lib/http/route";
import { invalidRequest } from "@/lib/http/responses";
import { ExportFiltersSchema, type ExportFilters } from "@/lib/schemas/export";

export function exportRoute(answer: (filters: ExportFilters) => Promise<Response>) {
  return handleErrors(async (request: Request) => {
    const parsed = ExportFiltersSchema.safeParse(searchParamsOf(request));
    if (!parsed.success) return invalidRequest(parsed.error);
    return answer(parsed.data);
  });
}
