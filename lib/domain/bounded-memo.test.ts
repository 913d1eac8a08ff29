import { describe, expect, it } from "vitest";
import { boundedMemo } from "./bounded-memo";

describe("boundedMemo", () => {
  it("computes each key once up to the limit, then afresh, always with the same answer", () => {
    const calls: string[] = [];
    const upper = boundedMemo((key) => (calls.push(key), key.toUpperCase()), 2);
    expect(["a", "b", "a", "c", "c", "b"].map(upper)).toEqual(["A", "B", "A", "C", "C", "B"]);
    expect(calls).toEqual(["a", "b", "c", "c"]);
  });
  it("remembers a null answer too", () => {
    let calls = 0;
    const none = boundedMemo(() => (calls++, null), 10);
    none("x");
    none("x");
    expect(calls).toBe(1);
  });
});
