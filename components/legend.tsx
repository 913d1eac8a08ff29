// Explains every encoding on the map, in words as well as samples.
import { arrowLength, arrowPolygons, placedPolygon } from "@/lib/map/arc-arrow";
import { arcWidth, NATURE_COLOR, NATURE_LABEL, PATTERN_LABEL } from "@/lib/map/link-style";
import { COLORS } from "@/lib/map/style";
import { LineSwatch } from "./line-swatch";

/** A sample arc with its direction arrow, as the map draws one (lib/map/arc-arrow.ts). */
function ArrowSwatch({ direction }: { direction: "a_to_b" | "two_way" }) {
  const length = arrowLength(2);
  return (
    <svg width={22} height={16} viewBox="0 0 22 16" aria-hidden="true" focusable="false">
      <line x1={2} y1={8} x2={20} y2={8} stroke="currentColor" strokeWidth={2} strokeLinecap="round" />
      {arrowPolygons(direction).map((polygon, i) => (
        <polygon key={i} points={placedPolygon(polygon, [11, 8], 0, length)} fill="currentColor" stroke={COLORS.sea} strokeWidth={1.5} paintOrder="stroke" strokeLinejoin="round" />
      ))}
    </svg>
  );
}

export function Legend() {
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="rail__heading">
        Reading the map
      </h2>
      <p className="visually-hidden">
        Tone is the evidence-weighted mean Goldstein score of a link&apos;s events, from −10 (conflict) to +10 (cooperation).
        Basemap from Natural Earth.
      </p>
      <dl className="legend__grid">
        <div>
          <dt>
            <LineSwatch color={NATURE_COLOR.cooperation} width={3} pattern="solid" />
          </dt>
          <dd>{NATURE_LABEL.cooperation} (mostly events scored above zero)</dd>
        </div>
        <div>
          <dt>
            <LineSwatch color={NATURE_COLOR.tension} width={3} pattern="solid" />
          </dt>
          <dd>{NATURE_LABEL.tension} (mostly events scored below zero)</dd>
        </div>
        <div>
          <dt>
            <LineSwatch color={NATURE_COLOR.mixed} width={3} pattern="solid" />
          </dt>
          <dd>{NATURE_LABEL.mixed} (both, neither above 60%)</dd>
        </div>
        <div>
          <dt>
            <LineSwatch color="currentColor" width={3} pattern="solid" />
          </dt>
          <dd>Solid: {PATTERN_LABEL.solid.toLowerCase()}</dd>
        </div>
        <div>
          <dt>
            <LineSwatch color="currentColor" width={3} pattern="dashed" />
          </dt>
          <dd>Dashed: {PATTERN_LABEL.dashed.toLowerCase()}</dd>
        </div>
        <div>
          <dt>
            <LineSwatch color={NATURE_COLOR.none} width={arcWidth(0)} pattern="dotted" />
          </dt>
          <dd>Grey dots: no events yet</dd>
        </div>
        <div>
          <dt className="legend__widths" aria-hidden="true">
            <LineSwatch color="currentColor" width={arcWidth(0.7)} pattern="solid" length={16} />
            <LineSwatch color="currentColor" width={arcWidth(3)} pattern="solid" length={16} />
          </dt>
          <dd title="Strength adds up weighted, decaying events; width grows with its square root, the widest line being the strongest link on the map">Wider: stronger (√, widest = strongest shown)</dd>
        </div>
        <div>
          <dt className="legend__widths" aria-hidden="true">
            <ArrowSwatch direction="a_to_b" />
            <ArrowSwatch direction="two_way" />
          </dt>
          <dd>Arrow: most events run one way, from who acted or supplied; double: both ways</dd>
        </div>
        <div>
          <dt>
            <svg className="legend__capital" width={34} height={12} aria-hidden="true" focusable="false">
              <circle cx={17} cy={6} r={4} fill="currentColor" />
            </svg>
          </dt>
          <dd>Capital city</dd>
        </div>
      </dl>
    </section>
  );
}
