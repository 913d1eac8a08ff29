// A short sample of an arc's line, for the legend and the list: the same colour, width and pattern.
import type { LinkPattern } from "@/lib/map/link-style";

const DASH: Record<LinkPattern, string | undefined> = { solid: undefined, dashed: "7 4", dotted: "0.5 5" };

export function LineSwatch({ color, width, pattern, length = 34 }: { color: string; width: number; pattern: LinkPattern; length?: number }) {
  const w = Math.max(1.5, Math.min(width, 7));
  return (
    <svg className="line-swatch" width={length} height={12} viewBox={`0 0 ${length} 12`} aria-hidden="true" focusable="false">
      <line
        x1={3}
        y1={6}
        x2={length - 3}
        y2={6}
        stroke={color}
        strokeWidth={w}
        strokeDasharray={DASH[pattern]}
        strokeLinecap={pattern === "dashed" ? "butt" : "round"}
      />
    </svg>
  );
}
