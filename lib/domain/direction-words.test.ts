import { describe, expect, it } from "vitest";
import { eventFlowPhrase, linkDirectionSentence } from "./direction-words";

describe("direction in words", () => {
  it("says who acted on whom in an event", () => {
    expect(eventFlowPhrase([{ name: "Iran", role: "supplier" }, { name: "Russia", role: "recipient" }])).toBe("Iran to Russia");
    expect(
      eventFlowPhrase([{ name: "North Korea", role: "actor" }, { name: "South Korea", role: "target" }, { name: "United States", role: "target" }]),
    ).toBe("North Korea to South Korea and United States");
    expect(eventFlowPhrase([{ name: "North Korea", role: null }, { name: "Russia", role: null }])).toBeNull();
  });

  it("says which way a link runs, and how many events say so", () => {
    expect(linkDirectionSentence({ countryNames: ["Iran", "Russia"], flow: { aToB: 2, bToA: 0 }, direction: "a_to_b" })).toBe(
      "One way, Iran to Russia: 2 of 2 events with a direction.",
    );
    expect(linkDirectionSentence({ countryNames: ["North Korea", "Russia"], flow: { aToB: 3, bToA: 1 }, direction: "a_to_b" })).toBe(
      "Mostly, North Korea to Russia: 3 of 4 events with a direction.",
    );
    expect(linkDirectionSentence({ countryNames: ["China", "Russia"], flow: { aToB: 3, bToA: 2 }, direction: "two_way" })).toBe(
      "Both ways: 3 events China to Russia, 2 events Russia to China.",
    );
    expect(linkDirectionSentence({ countryNames: ["China", "Russia"], flow: { aToB: 0, bToA: 0 }, direction: "undirected" })).toMatch(/^No direction/);
  });
});
