import { describe, expect, it } from "vitest";
import { flowEnds, linkDirection, pairFlow, rolesProblem } from "./direction";

describe("pairFlow", () => {
  it("runs from actor or supplier to target or recipient", () => {
    expect(pairFlow("supplier", "recipient")).toBe(1);
    expect(pairFlow("actor", "target")).toBe(1);
    expect(pairFlow("recipient", "supplier")).toBe(-1);
    expect(pairFlow("target", "actor")).toBe(-1);
  });
  it("has no direction between two actors, two targets, or without roles", () => {
    expect(pairFlow("target", "target")).toBe(0);
    expect(pairFlow("actor", "supplier")).toBe(0);
    expect(pairFlow(null, "target")).toBe(0);
    expect(pairFlow(undefined, undefined)).toBe(0);
  });
});

describe("linkDirection", () => {
  it("is one way when at least two thirds of the directed events go that way", () => {
    expect(linkDirection({ aToB: 2, bToA: 1 })).toBe("a_to_b");
    expect(linkDirection({ aToB: 0, bToA: 3 })).toBe("b_to_a");
  });
  it("is two way when neither way reaches two thirds", () => {
    expect(linkDirection({ aToB: 3, bToA: 2 })).toBe("two_way");
  });
  it("is undirected when no event has a direction", () => {
    expect(linkDirection({ aToB: 0, bToA: 0 })).toBe("undirected");
  });
  it("orders a one-way link's countries from supplier to recipient", () => {
    expect(flowEnds(["IR", "RU"], "a_to_b")).toEqual(["IR", "RU"]);
    expect(flowEnds(["IR", "RU"], "b_to_a")).toEqual(["RU", "IR"]);
    expect(flowEnds(["IR", "RU"], "two_way")).toBeNull();
  });
});

describe("rolesProblem", () => {
  it("accepts no roles, or a supplier and a recipient among the countries", () => {
    expect(rolesProblem(["IR", "RU"], {})).toBeNull();
    expect(rolesProblem(["IR", "RU"], { IR: "supplier", RU: "recipient" })).toBeNull();
    expect(rolesProblem(["KP", "KR", "US"], { KP: "actor", KR: "target", US: "target" })).toBeNull();
  });
  it("names what is wrong", () => {
    expect(rolesProblem(["IR", "RU"], { CN: "supplier", RU: "recipient" })).toBe("must name only countries taking part; CN is not one of them");
    expect(rolesProblem(["IR", "RU"], { IR: "supplier", RU: "target" })).toBe("must use either actor and target, or supplier and recipient, not both");
    expect(rolesProblem(["IR", "RU"], { IR: "actor" })).toBe("must name at least one actor and one target");
  });
});
