"use client";
// Beside the rail's downloads: the map in view as a PNG (/map.png) and the code to embed it elsewhere (/embed), both
// for the address in view (range, filters, open link or country). The embed code is plain selectable text in the
// server's HTML; with JavaScript a button copies it. The image comes in the theme the reader sees (dark unless the
// page is light: the image's default, so the link stays short for most).
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { sharePairs } from "@/lib/map-image/share-query";
import { DashboardQuerySchema } from "@/lib/schemas/dashboard";
import { queryString } from "@/lib/schemas/query";
import { usePublicOrigin } from "./public-origin";
import { useTheme } from "./use-theme";
import styles from "./share-controls.module.css";
import { useParsedQuery } from "./use-parsed-query";
import type { Selection } from "./use-selection";

/** The iframe's size in the embed code: the embed page fits itself to whatever size the host gives it. */
export const EMBED_SIZE = { width: 600, height: 400 } as const;

/** `"` and `&` escaped for an HTML attribute's double-quoted value. */
const attribute = (value: string) => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

interface ShareControlsProps {
  selection: Selection;
  /** What the open link or country is called ("Iran – North Korea"), for the embed's title. */
  selectionName?: string;
}

export function ShareControls({ selection, selectionName }: ShareControlsProps) {
  const t = useTranslations("share");
  const { data } = useParsedQuery(DashboardQuerySchema);
  const origin = usePublicOrigin();
  const theme = useTheme();
  const [copied, setCopied] = useState<"yes" | "failed" | null>(null);
  const [scripted, setScripted] = useState(false);
  useEffect(() => setScripted(true), []);

  const query = queryString(
    sharePairs({ ...data, link: selection?.kind === "link" ? selection.id : undefined, country: selection?.kind === "country" ? selection.id : undefined }),
  );
  const title = `Axis Atlas map${selectionName ? `: ${selectionName}` : ""}`;
  const code = `<iframe src="${attribute(`${origin}/embed${query}`)}" width="${EMBED_SIZE.width}" height="${EMBED_SIZE.height}" title="${attribute(title)}" style="border:0" loading="lazy"></iframe>`;
  const fileName = `axis-atlas-${selection?.id ?? "map"}.png`;
  const image = `/map.png${query}${theme === "light" ? `${query ? "&" : "?"}theme=light` : ""}`;

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(code);
      setCopied("yes");
    } catch {
      setCopied("failed");
    }
  };

  return (
    <>
      <p className="rail__downloads">
        {t("map")}{" "}
        <a href={image} download={fileName}>
          {t("downloadImage")}
        </a>
      </p>
      <details className={styles.embed}>
        <summary>{t("embed")}</summary>
        <div className={styles.body}>
          <label htmlFor="embed-code">{t("paste")}</label>
          <textarea id="embed-code" className={styles.code} readOnly value={code} rows={4} onFocus={(e) => e.currentTarget.select()} />
          {scripted ? (
            <button type="button" className={styles.copy} onClick={copy} aria-live="polite">
              {copied === "yes" ? t("copied") : copied === "failed" ? t("copyFailed") : t("copy")}
            </button>
          ) : null}
        </div>
      </details>
    </>
  );
}
