// Explains every encoding on the map, in words as well as samples.
import { useTranslations } from "next-intl";
import { arrowLength, arrowPolygons, placedPolygon } from "@/lib/map/arc-arrow";
import { arcWidth, NATURE_COLOR } from "@/lib/map/link-style";
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
  const t = useTranslations("legend");
  const l = useTranslations("labels");
  return (
    <section className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title" className="rail__heading">
        {t("title")}
      </h2>
      <p className="visually-hidden">{t("help")}</p>
      <dl className="legend__grid">
        <div>
          <dt>
            <LineSwatch color={NATURE_COLOR.cooperation} width={3} pattern="solid" />
          </dt>
          <dd>{t("cooperation", { label: l("nature.cooperation") })}</dd>
        </div>
        <div>
          <dt>
            <LineSwatch color={NATURE_COLOR.tension} width={3} pattern="solid" />
          </dt>
          <dd>{t("tension", { label: l("nature.tension") })}</dd>
        </div>
        <div>
          <dt>
            <LineSwatch color={NATURE_COLOR.mixed} width={3} pattern="solid" />
          </dt>
          <dd>{t("mixed", { label: l("nature.mixed") })}</dd>
        </div>
        <div>
          <dt>
            <LineSwatch color="currentColor" width={3} pattern="solid" />
          </dt>
          <dd>{t("solid", { label: l("patternLower.solid") })}</dd>
        </div>
        <div>
          <dt>
            <LineSwatch color="currentColor" width={3} pattern="dashed" />
          </dt>
          <dd>{t("dashed", { label: l("patternLower.dashed") })}</dd>
        </div>
        <div>
          <dt>
            <LineSwatch color={NATURE_COLOR.none} width={arcWidth(0)} pattern="dotted" />
          </dt>
          <dd>{t("dotted")}</dd>
        </div>
        <div>
          <dt className="legend__widths" aria-hidden="true">
            <LineSwatch color="currentColor" width={arcWidth(0.7)} pattern="solid" length={16} />
            <LineSwatch color="currentColor" width={arcWidth(3)} pattern="solid" length={16} />
          </dt>
          <dd title={t("widthTitle")}>{t("width")}</dd>
        </div>
        <div>
          <dt className="legend__widths" aria-hidden="true">
            <ArrowSwatch direction="a_to_b" />
            <ArrowSwatch direction="two_way" />
          </dt>
          <dd>{t("arrow")}</dd>
        </div>
        <div>
          <dt>
            <svg className="legend__capital" width={34} height={12} aria-hidden="true" focusable="false">
              <circle cx={17} cy={6} r={4} fill="currentColor" />
            </svg>
          </dt>
          <dd>{t("capital")}</dd>
        </div>
      </dl>
    </section>
  );
}
