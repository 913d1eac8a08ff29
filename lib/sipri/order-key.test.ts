import { describe, expect, it } from "vitest";
import { sipriOrderKey } from "./order-key";

const order = { supplier: "Iran", recipient: "Russia", orderYear: "2022", designation: "Shahed-136", description: "loitering munition", numberOrdered: "2000" };

describe("the external id of a SIPRI order", () => {
  it("is sipri: and 20 hex digits of the order's identifying fields, the same every time", () => {
    expect(sipriOrderKey(order)).toMatch(/^sipri:[0-9a-f]{20}$/);
    expect(sipriOrderKey({ ...order })).toBe(sipriOrderKey(order));
  });

  it("ignores case and spacing, and changes with any identifying field", () => {
    expect(sipriOrderKey({ ...order, designation: " shahed-136 ", description: "Loitering  munition" })).toBe(sipriOrderKey(order));
    for (const field of Object.keys(order) as (keyof typeof order)[]) {
      expect(sipriOrderKey({ ...order, [field]: `${order[field]}1` }), field).not.toBe(sipriOrderKey(order));
    }
  });

  it("numbers the second and later identical rows of a file", () => {
    expect(sipriOrderKey(order, 2)).toBe(`${sipriOrderKey(order)}:2`);
    expect(sipriOrderKey(order, 1)).toBe(sipriOrderKey(order));
  });
});
