"use client";
// The rail's list of links, strongest first. A handful of links is a plain list. Thousands (the synthetic
// million has 5,000) would be thousands of buttons for React to render on every timeline step, so past
// VIRTUALIZE_OVER the list gets a box of its own that renders only the rows in view (TanStack Virtual), and a
// field to find a link by country name. Rows keep their list semantics (aria-setsize, aria-posinset).
import { useVirtualizer } from "@tanstack/react-virtual";
import { useTranslations } from "next-intl";
import { useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import type { LinkSummary } from "@/lib/schemas/links";
import { LinkButton } from "./link-button";
import { useWords } from "./use-words";

/** Up to this many links render as a plain list. */
export const VIRTUALIZE_OVER = 150;
/** A row's height before it is measured: one title line and one meta line. */
const ROW_ESTIMATE = 58;

interface LinkListProps {
  /** Already ranked. */
  links: readonly LinkSummary[];
  selectedId: string | null;
  narrowed: boolean;
  onOpen: (id: string) => void;
}

export function LinkList(props: LinkListProps) {
  return props.links.length > VIRTUALIZE_OVER ? <VirtualLinkList {...props} /> : <PlainLinkList {...props} />;
}

function PlainLinkList({ links, selectedId, narrowed, onOpen }: LinkListProps) {
  return (
    <ul className="list" role="list">
      {links.map((link) => (
        <li key={link.id}>
          <LinkButton link={link} selected={link.id === selectedId} narrowed={narrowed} onOpen={onOpen} />
        </li>
      ))}
    </ul>
  );
}

function VirtualLinkList({ links, selectedId, narrowed, onOpen }: LinkListProps) {
  const scrollerRef = useRef<HTMLDivElement>(null);
  const t = useTranslations("rail");
  const words = useWords();
  const [query, setQuery] = useState("");
  const deferredQuery = useDeferredValue(query);
  const shown = useMemo(() => {
    const q = deferredQuery.trim().toLocaleLowerCase();
    if (!q) return links;
    // A country is found by its name in the reader's language or in English (the data's).
    const matches = (l: LinkSummary) =>
      l.countries.some((id, i) => [l.countryNames[i]!, words.country(id, l.countryNames[i]!)].some((name) => name.toLocaleLowerCase().includes(q)));
    return links.filter((l) => matches(l) || l.id.toLowerCase() === q);
  }, [links, deferredQuery, words]);

  const virtualizer = useVirtualizer({
    count: shown.length,
    getScrollElement: () => scrollerRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 6,
    getItemKey: (index) => shown[index]!.id,
  });

  // A link opened from the map or a shared URL is scrolled into the list's view.
  const selectedIndex = selectedId ? shown.findIndex((l) => l.id === selectedId) : -1;
  useEffect(() => {
    if (selectedIndex >= 0) virtualizer.scrollToIndex(selectedIndex, { align: "auto" });
    // Only when the selection changes, not on every re-ranking while the timeline plays.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectedId]);

  return (
    <div className="link-list">
      <label className="link-list__find">
        <span className="visually-hidden">{t("findLink")}</span>
        <input
          type="search"
          name="find-link"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          placeholder={t("findAmong", { count: links.length })}
          autoComplete="off"
          spellCheck={false}
        />
      </label>
      {shown.length === 0 ? <p className="empty-state">{t("noCountryMatch")}</p> : null}
      <div className="link-list__scroller" ref={scrollerRef} data-testid="link-list-scroller" tabIndex={-1}>
        <ul className="list link-list__rows" role="list" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((row) => {
            const link = shown[row.index]!;
            return (
              <li
                key={row.key}
                data-index={row.index}
                ref={virtualizer.measureElement}
                aria-setsize={shown.length}
                aria-posinset={row.index + 1}
                className="link-list__row"
                style={{ transform: `translateY(${row.start}px)` }}
              >
                <LinkButton link={link} selected={link.id === selectedId} narrowed={narrowed} onOpen={onOpen} position={row.index + 1} />
              </li>
            );
          })}
        </ul>
      </div>
    </div>
  );
}
