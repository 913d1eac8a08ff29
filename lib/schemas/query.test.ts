import { describe, expect, it } from "vitest";
import { DashboardQuerySchema } from "./dashboard";
import { filterPairs } from "./filters";
import { ListLinksRequestSchema } from "./links";
import { listKeysOf, parseQuery, parseQueryLeniently } from "./query";

const parse = (qs: string) => parseQuery(ListLinksRequestSchema, new URLSearchParams(qs));

describe("parseQuery: one schema, every value the client sent", () => {
  it("reads a repeated list key exactly as its comma form", () => {
    const repeated = parse("category=summit&category=arms_transfer");
    const comma = parse("category=summit,arms_transfer");
    expect(repeated).toEqual({ success: true, data: { category: ["arms_transfer", "summit"] } });
    expect(repeated).toEqual(comma);
    expect(parse("countries=kp,IR&countries=KP")).toEqual({ success: true, data: { countries: ["IR", "KP"] } });
  });

  it("refuses a single-valued key given twice, naming it, instead of keeping one", () => {
    const result = parse("minEvidence=reported&minEvidence=alleged&from=2024-01-01");
    expect(result.success).toBe(false);
    expect(result.error!.issues).toEqual([expect.objectContaining({ path: ["minEvidence"], message: "must be given once; it was given 2 times" })]);
  });

  it("still names every other bad field beside a repeated one", () => {
    const result = parse("from=2024-01-01&from=2024-02-01&category=bogus");
    expect(result.error!.issues.map((i) => i.path.join("."))).toEqual(["from", "category.0"]);
  });

  it("refuses unknown keys and bad values, naming the field", () => {
    expect(parse("colour=red").error!.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["colour"] });
    expect(parse("from=2024-02-30").error!.issues[0]).toMatchObject({ path: ["from"], message: "must be a calendar date written YYYY-MM-DD" });
    expect(parse("from=2024-05-01&to=2024-01-01").error!.issues[0]).toMatchObject({ path: ["from"], message: "must not be after `to`" });
  });

  it("takes a server page's searchParams object, arrays for repeated keys", () => {
    expect(parseQuery(ListLinksRequestSchema, { category: ["summit", "arms_transfer"], to: undefined })).toEqual({
      success: true,
      data: { category: ["arms_transfer", "summit"] },
    });
  });

  it("knows a schema's list parameters from what it accepts", () => {
    expect([...listKeysOf(ListLinksRequestSchema)].sort()).toEqual(["category", "countries", "direction", "evidence"]);
  });
});

describe("parseQueryLeniently: a page opens and says what it could not use", () => {
  it("keeps the good parameters and reports the bad ones", () => {
    const { data, ignored } = parseQueryLeniently(DashboardQuerySchema, new URLSearchParams("link=kp-ir&minEvidence=sure&from=2023-13&category=summit&category=arms_transfer&utm_source=x"));
    expect(data).toEqual({ link: "IR-KP", category: ["arms_transfer", "summit"] });
    expect(ignored.map((i) => i.field).sort()).toEqual(["from", "minEvidence"]);
  });

  it("treats a blank value as no value, as an HTML form sends an unchosen select", () => {
    expect(parseQueryLeniently(DashboardQuerySchema, new URLSearchParams("category=&minEvidence=&link=IR-KP"))).toEqual({ data: { link: "IR-KP" }, ignored: [] });
  });
});

describe("filterPairs", () => {
  it("writes the filters in a stable order with sorted values", () => {
    expect(filterPairs({ origin: "curated", countries: ["KP", "IR"], category: ["summit", "arms_transfer"] })).toEqual([
      ["category", "arms_transfer,summit"],
      ["countries", "IR,KP"],
      ["origin", "curated"],
    ]);
  });
});
