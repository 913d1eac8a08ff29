"use client";
// A link's events in the range and filters, newest first: the first page comes with the link, "Show more"
// pages on through GET /api/links/{id}/events. An event opened from search that is not among the loaded ones
// is fetched on its own and shown first, highlighted.
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import type { RangeView } from "@/lib/domain/month-range";
import { eventQuery, linkEventsQuery } from "@/lib/query/atlas";
import type { EventFilters } from "@/lib/schemas/filters";
import type { LinkDetail } from "@/lib/schemas/links";
import { ErrorState } from "../states";
import { EventList } from "./event-list";
import { useWords } from "../use-words";

interface LinkEventsProps {
  link: LinkDetail;
  filters: EventFilters;
  range: RangeView;
  highlight?: string;
}

export function LinkEvents({ link, filters, range, highlight }: LinkEventsProps) {
  const t = useTranslations("events");
  const words = useWords();
  const [more, setMore] = useState(false);
  const pages = useInfiniteQuery({ ...linkEventsQuery(link.id, filters, range, link.nextCursor), enabled: more && link.nextCursor !== null });
  const events = [...link.events, ...(pages.data?.pages.flatMap((p) => p.events) ?? [])];
  const hasMore = more ? pages.hasNextPage : link.nextCursor !== null;
  const loaded = !highlight || events.some((e) => e.id === highlight);
  const pinned = useQuery({ ...eventQuery(highlight), enabled: !loaded });
  const shown = !loaded && pinned.data ? [pinned.data.event, ...events] : events;

  return (
    <>
      <EventList events={shown} highlight={highlight} />
      {events.length < link.eventCount ? (
        <div className="more">
          <p className="muted small" data-testid="events-shown">
            {t("showing", { shown: words.num(events.length), count: link.eventCount })}
          </p>
          {hasMore ? (
            <button
              type="button"
              className="button"
              disabled={pages.isFetching}
              onClick={() => (more ? void pages.fetchNextPage() : setMore(true))}
            >
              {pages.isFetching ? t("loading") : t("more")}
            </button>
          ) : null}
        </div>
      ) : null}
      {pages.isError ? <ErrorState title={t("moreError")} error={pages.error} onRetry={() => void pages.fetchNextPage()} /> : null}
    </>
  );
}
