// GET /api/links (and /api/v/{snapshot}/links): every link with its strength, event count and evidence mix, for a
// range and filters. After a write, the answer starts from the last one computed for the same filters and day and
// adds up again only the links the write changed (lib/server/update-link-summaries.ts).
import { cachedJson } from "@/lib/http/cached-json";
import { createKeptStates } from "@/lib/http/kept-states";
import { readRoute } from "@/lib/http/route";
import { keepDirections } from "@/lib/schemas/filters";
import { ListLinksRequestSchema, type LinkSummary, type ListLinksResponse } from "@/lib/schemas/links";
import { updateLinkSummaries } from "@/lib/server/update-link-summaries";

/** The last exact summaries per filters and day (strength without a range is measured today); at 5,000 links one is about 10 MB. */
const summaries = createKeptStates<LinkSummary[]>(8);

export const linksRead = readRoute({
  query: ListLinksRequestSchema,
  handler: ({ query, request }) =>
    cachedJson(request, async ({ version, day }) => {
      const { direction, ...filters } = query;
      const key = `${day} ${JSON.stringify(filters)}`;
      const previous = summaries.get(key);
      const links = await updateLinkSummaries(filters, previous && { version: previous.version, links: previous.state });
      return {
        status: 200,
        body: { links: keepDirections(links, direction) } satisfies ListLinksResponse,
        whenExact: () => summaries.keep(key, version, links),
      };
    }),
});
