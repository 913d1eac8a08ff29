import { describe, expect, it } from "vitest";
import { arcFocus } from "./arc-focus";

const link = { id: "IR-RU", countries: ["IR", "RU"] as [string, string] };

describe("arcFocus", () => {
  it("brings the open link and the open country's ties to the front and dims the rest", () => {
    expect(arcFocus(link, null)).toBe("none");
    expect(arcFocus(link, { kind: "link", id: "IR-RU" })).toBe("front");
    expect(arcFocus(link, { kind: "link", id: "KP-RU" })).toBe("dim");
    expect(arcFocus(link, { kind: "country", id: "IR" })).toBe("front");
    expect(arcFocus(link, { kind: "country", id: "CN" })).toBe("dim");
  });
});
