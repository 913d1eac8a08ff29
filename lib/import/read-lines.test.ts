import { describe, expect, it } from "vitest";
import { openLineSource } from "./read-lines";

const SIPRI = "tests/fixtures/sipri/sipri-trade-register-made-up.csv";

async function allLines(file: string, encoding?: "utf8" | "latin1") {
  const lines: string[] = [];
  for await (const batch of (await openLineSource(file, { encoding, linesPerBatch: 5 })).batches()) lines.push(...batch.lines);
  return lines;
}

describe("reading a Latin-1 file line by line", () => {
  it("decodes Latin-1 when told, and drops CRLF's carriage return", async () => {
    const line = (await allLines(SIPRI, "latin1")).find((l) => l.startsWith("C") && l.includes("China"));
    expect(line).toBe("Côte d'Ivoire,China,2014,,4,,WZ-551,APC,4,,2015,New,Made up for tests,1.5,6,6");
  });

  it("would misread the same bytes as UTF-8 (the reason the option exists)", async () => {
    const line = (await allLines(SIPRI)).find((l) => l.startsWith("C") && l.includes("China"));
    expect(line).toContain("C\uFFFDte d'Ivoire");
  });
});
