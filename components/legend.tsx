// Explains every encoding on the map, in words as well as samples.
import { arcWidth, NATURE_COLOR, NATURE_LABEL, PATTERN_LABEL } from "@/lib/map/link-style";
import { LineSwatch } from "./line-swatch";

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
            <LineSwatch color="#c9d4e0" width={3} pattern="solid" />
          </dt>
          <dd>Solid: {PATTERN_LABEL.solid.toLowerCase()}</dd>
        </div>
        <div>
          <dt>
            <LineSwatch color="#c9d4e0" width={3} pattern="dashed" />
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
            <LineSwatch color="#c9d4e0" width={arcWidth(0.7)} pattern="solid" length={16} />
            <LineSwatch color="#c9d4e0" width={arcWidth(3)} pattern="solid" length={16} />
          </dt>
          <dd>Wider: stronger (weighted, decaying events)</dd>
        </div>
        <div>
          <dt>
            <svg width={34} height={12} aria-hidden="true" focusable="false">
              <circle cx={17} cy={6} r={4} fill="#f4f7fb" />
            </svg>
          </dt>
          <dd>Capital city</dd>
        </div>
      </dl>
    </section>
  );
}
