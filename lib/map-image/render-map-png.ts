// SVG to PNG on the server with resvg (a Rust renderer through a prebuilt native addon from npm; no browser).
// Text is drawn in Inter from TTF files that an npm package ships (@expo-google-fonts/inter: resvg reads TTF/OTF,
// not the WOFF2 the page's @fontsource package has), and system fonts are never loaded, so the same SVG gives the
// same pixels on every machine.
import "server-only";
import { existsSync } from "node:fs";
import path from "node:path";
import { renderAsync } from "@resvg/resvg-js";

/** The weights the images use: regular text and the semibold/bold of titles and labels. */
const FONT_FILES = ["400Regular/Inter_400Regular.ttf", "600SemiBold/Inter_600SemiBold.ttf", "700Bold/Inter_700Bold.ttf"];

let fontFiles: string[] | undefined;

/** The font files' paths under the working directory's node_modules; throws naming the first one missing. */
function fonts(): string[] {
  if (fontFiles) return fontFiles;
  const files = FONT_FILES.map((f) => path.join(process.cwd(), "node_modules", "@expo-google-fonts", "inter", f));
  const missing = files.find((f) => !existsSync(f));
  if (missing) throw new Error(`Font file missing: ${missing} (run npm ci)`);
  fontFiles = files;
  return files;
}

/**
 * Rasterises `svg` (a whole SVG document, e.g. renderMapSvg's) to PNG bytes at its own width and height in px,
 * text in Inter, on a worker thread (resvg's renderAsync) so the server keeps answering meanwhile. Rejects when the
 * SVG cannot be parsed; throws when a font file is missing.
 */
export async function renderMapPng(svg: string): Promise<Buffer> {
  const rendered = await renderAsync(svg, {
    fitTo: { mode: "original" },
    font: { loadSystemFonts: false, fontFiles: fonts(), defaultFontFamily: "Inter", sansSerifFamily: "Inter" },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: "off",
  });
  return rendered.asPng();
}
