// An embed (/embed, /embed/compare): the server-drawn map as an image, the view's one-line verdict and a link to
// the full view, nothing else. No MapLibre and no client code: it loads fast in anyone's page and works without
// JavaScript.
import styles from "./embed.module.css";

/**
 * The map image's size in px for a landscape frame and for a portrait one (a phone); the embed shows it scaled to
 * its frame, and the SVG stays sharp at any size.
 */
const IMAGE = { width: 600, height: 340 } as const;
const PORTRAIT = { width: 400, height: 560 } as const;

interface EmbedViewProps {
  /** "Iran – North Korea", a country's name, "Compare two periods" or "Axis Atlas". */
  title: string;
  verdict: string;
  /** The view's query string ("?link=IR-KP"), shared by its image and its full view. */
  query: string;
  /** The full view's path: "/" or "/compare". */
  viewPath: string;
}

export function EmbedView({ title, verdict, query, viewPath }: EmbedViewProps) {
  const sized = (size: { width: number; height: number }) => `/map.svg${query ? `${query}&` : "?"}width=${size.width}&height=${size.height}`;
  return (
    <main className={styles.embed} data-testid="embed">
      {/* A plain <img>: the image is a cached, self-contained SVG (no script runs in an image). */}
      {/* eslint-disable-next-line @next/next/no-img-element */}
      <picture className={styles.picture}>
        <source media="(orientation: portrait)" srcSet={sized(PORTRAIT)} width={PORTRAIT.width} height={PORTRAIT.height} />
        <img className={styles.map} src={sized(IMAGE)} width={IMAGE.width} height={IMAGE.height} alt={`Map of ${title}. ${verdict}`} />
      </picture>
      <footer className={styles.caption}>
        <p className={styles.verdict} data-testid="embed-verdict">
          <strong>{title}</strong> {verdict}
        </p>
        <a className={styles.open} href={`${viewPath}${query}`} target="_blank" rel="noopener">
          Open in Axis Atlas ↗
        </a>
      </footer>
    </main>
  );
}
