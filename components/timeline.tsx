"use client";
// The time range under the map: two month pickers, a two-thumb track over a bar chart of events per month,
// and playback (Play/Pause, a month back or forward, speed). Everything it changes is the range in the URL;
// the dashboard recomputes arcs, list and panels from events it already has, so nothing is refetched.
import { useTranslations } from "next-intl";
import { useEffect, useMemo, useRef, useState } from "react";
import { playStart, stepRange, type MonthRange } from "@/lib/domain/month-range";
import { addMonths, monthIndex, monthsBetween, type Month } from "@/lib/domain/months";
import { useWords } from "./use-words";

/** Milliseconds per month at 1×. */
const TICK_MS = 700;
const SPEEDS = [1, 2, 4] as const;
type Speed = (typeof SPEEDS)[number];

interface TimelineProps {
  first: Month;
  last: Month;
  range: MonthRange;
  /** Events per month (a year-dated event spread over its twelve months), for the chart behind the track. */
  perMonth: ReadonlyMap<Month, number>;
  /** Events the range and filters admit. */
  eventCount: number;
  onChange: (range: MonthRange) => void;
  /** Playback starts (the map wants MapLibre then: many quick steps). */
  onPlay?: () => void;
}

export function Timeline({ first, last, range, perMonth, eventCount, onChange, onPlay }: TimelineProps) {
  const months = useMemo(() => monthsBetween(first, last), [first, last]);
  const t = useTranslations("timeline");
  const words = useWords();
  const monthName = words.month;
  const [playing, setPlaying] = useState<null | "slide" | "grow">(null);
  const [speed, setSpeed] = useState<Speed>(1);
  const cursor = useRef(range);
  const onChangeRef = useRef(onChange);
  useEffect(() => {
    onChangeRef.current = onChange;
  }, [onChange]);
  useEffect(() => {
    if (!playing) cursor.current = range;
  }, [range, playing]);

  // Playback: the cursor is ours, so a tick never steps from a range the URL has not caught up with yet.
  useEffect(() => {
    if (!playing) return;
    const timer = window.setInterval(() => {
      const next = stepRange(cursor.current, playing, last);
      if (!next) {
        setPlaying(null);
        return;
      }
      cursor.current = next;
      onChangeRef.current(next);
    }, TICK_MS / speed);
    return () => window.clearInterval(timer);
  }, [playing, speed, last]);

  const lo = monthIndex(first);
  const fromIdx = monthIndex(range.from) - lo;
  const toIdx = monthIndex(range.to) - lo;
  const max = months.length - 1;

  const change = (next: MonthRange) => {
    setPlaying(null);
    onChange(next);
  };
  const play = () => {
    const start = playStart(range, first, last);
    cursor.current = start.range;
    onChange(start.range);
    setPlaying(start.mode);
    onPlay?.();
  };
  const canForward = toIdx < max;
  const canBack = fromIdx > 0;
  const whole = fromIdx === 0 && toIdx === max;

  const peak = Math.max(1, ...months.map((m) => perMonth.get(m) ?? 0));
  const label = words.range(range);

  return (
    <section className="timeline" aria-labelledby="timeline-title" data-testid="timeline" data-from={range.from} data-to={range.to} data-playing={playing ? "true" : "false"}>
      <div className="timeline__row">
        <h2 id="timeline-title" className="timeline__title">
          {t("title")}
        </h2>
        <div className="timeline__pickers">
          <label className="timeline__picker">
            <span className="visually-hidden">{t("from")}</span>
            <select name="from" value={range.from} onChange={(e) => change({ from: e.target.value, to: monthIndex(e.target.value) > toIdx + lo ? e.target.value : range.to })}>
              {months.map((m) => (
                <option key={m} value={m}>
                  {monthName(m, true)}
                </option>
              ))}
            </select>
          </label>
          <span aria-hidden="true">–</span>
          <label className="timeline__picker">
            <span className="visually-hidden">{t("to")}</span>
            <select name="to" value={range.to} onChange={(e) => change({ from: monthIndex(e.target.value) < fromIdx + lo ? e.target.value : range.from, to: e.target.value })}>
              {months.map((m) => (
                <option key={m} value={m}>
                  {monthName(m, true)}
                </option>
              ))}
            </select>
          </label>
        </div>
        <div className="timeline__controls" role="group" aria-label={t("playback")}>
          <button type="button" className="icon-button" onClick={() => change(stepBack(range, first))} disabled={!canBack} aria-label={t("back")}>
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
              <path d="M9 2L4 7l5 5" stroke="currentColor" strokeWidth="1.8" fill="none" strokeLinecap="round" />
            </svg>
          </button>
          {playing ? (
            <button type="button" className="button button--primary timeline__play" onClick={() => setPlaying(null)}>
              <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                <rect x="2" y="1.5" width="3" height="9" fill="currentColor" />
                <rect x="7" y="1.5" width="3" height="9" fill="currentColor" />
              </svg>
              {t("pause")}
            </button>
          ) : (
            <button type="button" className="button button--primary timeline__play" onClick={play}>
              <svg width="12" height="12" viewBox="0 0 12 12" aria-hidden="true" focusable="false">
                <path d="M2.5 1.5l8 4.5-8 4.5z" fill="currentColor" />
              </svg>
              {t("play")}
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            onClick={() => {
              const next = stepRange(range, "slide", last);
              if (next) change(next);
            }}
            disabled={!canForward}
            aria-label={t("forward")}
          >
            <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
              <path d="M5 2l5 5-5 5" stroke="currentColor" strokeWidth="1.8" fill="none" strokeLinecap="round" />
            </svg>
          </button>
          {/* Each speed is named by what it shows ("2×"); the group says what it sets. */}
          <div className="segmented segmented--small" role="group" aria-label={t("speed")}>
            {SPEEDS.map((s) => (
              <button key={s} type="button" aria-pressed={speed === s} onClick={() => setSpeed(s)}>
                {words.num(s)}×
              </button>
            ))}
          </div>
          <button type="button" className="button button--quiet" onClick={() => change({ from: first, to: last })} disabled={whole}>
            {t("allTime")}
          </button>
        </div>
      </div>

      {/* Time runs left to right in every language, as on the map and in the chart: dir="ltr" keeps the range
          inputs' thumbs (which a right-to-left page would mirror) over the months the chart draws under them. */}
      <div className="timeline__track" dir="ltr">
        <svg className="timeline__chart" viewBox={`0 0 ${months.length} 24`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
          <rect className="timeline__window" x={fromIdx} y={0} width={toIdx - fromIdx + 1} height={24} />
          {months.map((m, i) => {
            const n = perMonth.get(m) ?? 0;
            if (n === 0) return null;
            // Square root, so a month with one year-dated event (a twelfth in each month) still shows.
            const h = Math.max(3, Math.sqrt(n / peak) * 22);
            const inside = i >= fromIdx && i <= toIdx;
            return <rect key={m} x={i + 0.12} y={24 - h} width={0.76} height={h} className={inside ? "timeline__bar timeline__bar--in" : "timeline__bar"} />;
          })}
        </svg>
        <input
          type="range"
          className="timeline__thumb"
          min={0}
          max={max}
          step={1}
          name="from-month"
          value={fromIdx}
          aria-label={t("start")}
          aria-valuetext={monthName(range.from)}
          onChange={(e) => {
            const i = Math.min(Number(e.target.value), toIdx);
            change({ from: months[i]!, to: range.to });
          }}
        />
        <input
          type="range"
          className="timeline__thumb"
          min={0}
          max={max}
          step={1}
          name="to-month"
          value={toIdx}
          aria-label={t("end")}
          aria-valuetext={monthName(range.to)}
          onChange={(e) => {
            const i = Math.max(Number(e.target.value), fromIdx);
            change({ from: range.from, to: months[i]! });
          }}
        />
      </div>
      <div className="timeline__axis" aria-hidden="true" dir="ltr">
        <span>{monthName(first, true)}</span>
        <span>{monthName(last, true)}</span>
      </div>
      <p className="timeline__status" aria-live={playing ? "off" : "polite"}>
        <output data-testid="timeline-range">{label}</output>
        <span className="muted"> · {t("inRange", { count: eventCount })}</span>
      </p>
    </section>
  );
}

function stepBack(range: MonthRange, first: Month): MonthRange {
  if (monthIndex(range.from) <= monthIndex(first)) return range;
  return { from: addMonths(range.from, -1), to: addMonths(range.to, -1) };
}
