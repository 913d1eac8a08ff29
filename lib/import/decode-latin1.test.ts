import { describe, expect, it } from "vitest";
import { decodeLatin1Line } from "./decode-latin1";

/** A line's bytes as the line source hands them over: one character per byte. */
const asRead = (bytes: Buffer) => bytes.toString("latin1");

describe("decoding a line of a Latin-1 file", () => {
  it("reads Latin-1 letters, and 0x80-0x9F as Windows-1252 does, not as control codes", () => {
    expect(decodeLatin1Line(asRead(Buffer.from("Côte d'Ivoire, Curaçao", "latin1")))).toBe("Côte d'Ivoire, Curaçao");
    expect(decodeLatin1Line(asRead(Buffer.from([0x92, 0x20, 0x96, 0x20, 0x80])))).toBe("’ – €");
  });

  it("reads a line that is valid UTF-8 (a copy re-saved as UTF-8) as UTF-8", () => {
    expect(decodeLatin1Line(asRead(Buffer.from("Côte d'Ivoire", "utf8")))).toBe("Côte d'Ivoire");
  });

  it("leaves ASCII as it is", () => {
    expect(decodeLatin1Line("Russia,Iran,2022")).toBe("Russia,Iran,2022");
  });
});
