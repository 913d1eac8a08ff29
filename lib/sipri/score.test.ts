import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseLookup } from "@/lib/gdelt/cameo";
import { SIPRI_SCORE, SIPRI_SCORE_CAMEO } from "./score";

describe("the score of a SIPRI arms transfer", () => {
  it("is the Goldstein value GDELT's CAMEO lookup gives the CAMEO event it names", () => {
    const data = path.join(process.cwd(), "lib", "gdelt", "data");
    const goldstein = parseLookup(readFileSync(path.join(data, "CAMEO.goldsteinscale.txt"), "utf8"));
    const labels = parseLookup(readFileSync(path.join(data, "CAMEO.eventcodes.txt"), "utf8"));
    expect(Number(goldstein.get(SIPRI_SCORE_CAMEO.code))).toBe(SIPRI_SCORE);
    expect(labels.get(SIPRI_SCORE_CAMEO.code)).toBe(SIPRI_SCORE_CAMEO.label);
  });
});
