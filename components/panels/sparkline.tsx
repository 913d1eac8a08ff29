// Events per month in the range (as the server counted them), as a bar sparkline with a spoken summary.
import { monthName } from "@/lib/domain/month-range";
import { monthlyActivity, pluralize, type MonthlyCounts } from "@/lib/map/briefing";

export function ActivitySparkline({ activity, color }: { activity: MonthlyCounts; color: string }) {
  const bins = monthlyActivity(activity);
  const total = activity.events.reduce((a, b) => a + b, 0);
  if (bins.length === 0) return null;
  const max = Math.max(...bins.map((b) => b.count));
  const width = 320;
  const height = 44;
  const gap = bins.length > 60 ? 0.5 : 1;
  const barWidth = Math.max(1, width / bins.length - gap);
  const active = bins.filter((b) => b.count > 0);
  const busiest = bins.reduce((a, b) => (b.count > a.count ? b : a));
  const hasYearOnly = bins.some((b) => b.yearOnly > 0);
  const first = monthName(bins[0]!.month);
  const last = monthName(bins[bins.length - 1]!.month);
  const summary =
    `Events per month, ${first} to ${last}: ${pluralize(total, "event")} in ${pluralize(active.length, "month")}` +
    (busiest.count > 1 ? `; busiest ${monthName(busiest.month)} with ${busiest.count}.` : ".");

  return (
    <figure className="sparkline">
      <svg viewBox={`0 0 ${width} ${height}`} preserveAspectRatio="none" role="img" aria-label={summary}>
        <line x1={0} y1={height - 0.5} x2={width} y2={height - 0.5} stroke="#3a4d63" strokeWidth={1} />
        {bins.map((bin, i) => {
          if (bin.count === 0) return null;
          const h = Math.max(4, (bin.count / max) * (height - 4));
          const x = i * (width / bins.length);
          const exact = bin.count - bin.yearOnly;
          const exactH = (exact / bin.count) * h;
          return (
            <g key={bin.month}>
              {exact > 0 ? <rect x={x} y={height - exactH} width={Math.max(barWidth, 3)} height={exactH} fill={color} /> : null}
              {bin.yearOnly > 0 ? (
                <rect
                  x={x + 0.75}
                  y={height - h + 0.75}
                  width={Math.max(barWidth, 3) - 1.5}
                  height={h - exactH - 1.5}
                  fill="none"
                  stroke={color}
                  strokeWidth={1.5}
                />
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="sparkline__axis">
        <span>{first}</span>
        <span>{last}</span>
      </figcaption>
      {hasYearOnly ? <p className="muted sparkline__note">Outlined bars: events dated only to the year, shown at January.</p> : null}
    </figure>
  );
}
