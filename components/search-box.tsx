"use client";
// Full-text search over events (titles, summaries, sources) in the header, as an ARIA combobox: type, move
// with the arrow keys, Enter opens the event's link panel with the event highlighted. Debounced, so a
// word typed quickly is one request.
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { eventSearchQuery } from "@/lib/query/atlas";
import type { SearchHit } from "@/lib/query/time-types";
import { useWords } from "./use-words";

const DEBOUNCE_MS = 250;

export interface SearchOpen {
  id: string;
  link: string;
  date: string;
  dateEnd: string;
}

export function SearchBox({ onOpen }: { onOpen: (hit: SearchOpen) => void }) {
  const t = useTranslations("search");
  const words = useWords();
  const [text, setText] = useState("");
  const [q, setQ] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);
  const listId = useId();
  const statusId = useId();

  useEffect(() => {
    const timer = window.setTimeout(() => setQ(text.trim()), DEBOUNCE_MS);
    return () => window.clearTimeout(timer);
  }, [text]);

  const query = useQuery(eventSearchQuery(q));
  const ready = q.length >= 2 && !!query.data && !query.isPlaceholderData;
  const hits = q.length >= 2 ? (query.data?.events ?? []) : [];
  const expanded = open && q.length >= 2;

  useEffect(() => setActive(-1), [q]);

  // A click outside closes the list.
  useEffect(() => {
    if (!open) return;
    const onDown = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [open]);

  const choose = (hit: SearchHit) => {
    const link = hit.links[0];
    if (!link) return;
    setOpen(false);
    onOpen({ id: hit.id, link, date: hit.date, dateEnd: hit.dateEnd });
  };

  const onKeyDown = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      if (hits.length) setActive((i) => (i + 1) % hits.length);
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      if (hits.length) setActive((i) => (i <= 0 ? hits.length - 1 : i - 1));
    } else if (event.key === "Enter") {
      const hit = hits[active] ?? (hits.length === 1 ? hits[0] : undefined);
      if (hit && expanded) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === "Escape") {
      if (expanded) {
        // Close the list, not the panel behind it.
        event.preventDefault();
        event.stopPropagation();
        setOpen(false);
      } else if (text) {
        event.preventDefault();
        event.stopPropagation();
        setText("");
      }
    }
  };

  const status = !expanded
    ? ""
    : !ready
      ? t("searching")
      : query.isError
        ? t("failed")
        : hits.length === 0
          ? t("none")
          : query.data?.nextCursor
            ? t("foundMore", { count: words.num(hits.length) })
            : t("found", { count: hits.length });

  return (
    <div className="search" ref={rootRef}>
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {t("label")}
      </label>
      <svg className="search__icon" width="15" height="15" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="7" cy="7" r="5" stroke="currentColor" strokeWidth="1.8" fill="none" />
        <path d="M11 11l3.5 3.5" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
      </svg>
      <input
        ref={inputRef}
        id={`${listId}-input`}
        name="q"
        className="search__input"
        type="search"
        role="combobox"
        placeholder={t("placeholder")}
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-describedby={statusId}
        aria-activedescendant={expanded && active >= 0 && hits[active] ? `${listId}-${hits[active]!.id}` : undefined}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={onKeyDown}
      />
      <p id={statusId} className="visually-hidden" aria-live="polite">
        {status}
      </p>
      <div className="search__popup" hidden={!expanded}>
        {hits.length > 0 ? (
        <ul id={listId} role="listbox" aria-label={t("results")} className="search__list">
          {hits.map((hit, i) => {
            const disabled = hit.links.length === 0;
            return (
              <li
                key={hit.id}
                id={`${listId}-${hit.id}`}
                role="option"
                aria-selected={i === active}
                aria-disabled={disabled || undefined}
                className="search__option"
                data-event-id={hit.id}
                onPointerDown={(e) => e.preventDefault()}
                onClick={() => choose(hit)}
                onPointerMove={() => setActive(i)}
              >
                <bdi className="search__title" lang="en" dir="auto">
                  {hit.title}
                </bdi>
                <span className="search__meta">
                  {words.date(hit.date, hit.precision)} · {hit.participants.map((p) => words.country(p.id, p.name)).join(", ")} · {words.category(hit.category)} ·{" "}
                  {words.evidence(hit.evidence)}
                  {disabled ? ` · ${t("onNoLink")}` : ""}
                </span>
              </li>
            );
          })}
        </ul>
        ) : null}
        {expanded && ready && hits.length === 0 && !query.isError ? <p className="search__empty">{t("none")}</p> : null}
        {expanded && !ready ? <p className="search__empty">{t("searching")}</p> : null}
        {expanded && query.isError ? <p className="search__empty">{t("failed")}</p> : null}
      </div>
    </div>
  );
}
