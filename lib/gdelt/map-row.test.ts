import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadCameoLookups, parseLookup, cleanEventLabel } from "./cameo";
import { categoryForCameo, CAMEO_CATEGORY_RULES } from "./categories";
import { createCountryResolver } from "./countries";
import { createGdeltMapper, gdeltDate, gdeltSource, quadClassOfRoot } from "./map-row";
import { gdeltRow, seedCountries } from "./test-support";

const countries = seedCountries();
const lookups = loadCameoLookups();
const mapper = createGdeltMapper({ countries, lookups, today: "2026-11-27" });

describe("GDELT row layouts", () => {
  it("maps a 61-column GDELT 2.0 row to an event between two countries", () => {
    const result = mapper.map(gdeltRow());
    expect(result).toEqual({
      ok: true,
      event: expect.objectContaining({
        externalId: "gdelt:881990900",
        date: "2019-10-24",
        countries: ["RU", "KP"],
        category: "diplomatic_visit",
        score: 1.9,
        cameoCode: "042",
        title: "Russia — Make a visit — North Korea",
        source: {
          url: "https://www.example.com/news/2019/visit.html",
          publisher: "example.com",
          title: "example.com/news/2019/visit.html",
          publishedOn: "2019-10-24",
        },
      }),
    });
    if (result.ok) expect(result.event.summary).toMatch(/^Machine-coded by the GDELT Project .*\(verbal cooperation\)/);
  });

  it("maps a 58-column GDELT 1.0 daily row, DATEADDED and SOURCEURL in their own places", () => {
    const result = mapper.map(gdeltRow({ dateAdded: "20191025", sourceUrl: "http://news.example.org/a" }, 58));
    expect(result.ok && result.event.source).toEqual({
      url: "http://news.example.org/a",
      publisher: "news.example.org",
      title: "news.example.org/a",
      publishedOn: "2019-10-25",
    });
  });

  it("maps a 57-column historical row, which has no SOURCEURL, to a GDELT record source", () => {
    const result = mapper.map(gdeltRow({ id: "123" }, 57));
    expect(result.ok && result.event.source).toEqual({
      url: null,
      publisher: "GDELT Project",
      title: "GDELT event record 123",
      publishedOn: "2019-10-24",
    });
  });

  it("rejects a row with another number of columns", () => {
    expect(mapper.map("1\t2\t3")).toMatchObject({ ok: false, reason: "column_count" });
    expect(mapper.map(`${gdeltRow()}\textra`)).toMatchObject({ ok: false, reason: "column_count" });
  });

  it("reads every row of the real 2.0 export and the real 1.0 daily file without throwing", () => {
    for (const file of ["gdelt2-20191024143000.export.tsv", "gdelt1-dailyupdates-3rows.tsv"]) {
      const lines = readFileSync(`tests/fixtures/gdelt/${file}`, "utf8").split("\n").filter(Boolean);
      for (const line of lines) expect(() => mapper.map(line)).not.toThrow();
    }
  });
});

describe("CAMEO country codes", () => {
  const resolve = createCountryResolver(countries, lookups.countryCodes);

  it("maps ISO alpha-3 codes and CAMEO's own codes for Romania, East Timor and Montenegro", () => {
    expect(resolve("PRK")).toEqual({ ok: true, id: "KP" });
    expect(resolve("ROM")).toEqual({ ok: true, id: "RO" });
    expect(resolve("TMP")).toEqual({ ok: true, id: "TL" });
    expect(resolve("MTN")).toEqual({ ok: true, id: "ME" });
  });

  it("tells regions, territories the atlas leaves out, unknown codes and blanks apart", () => {
    expect(resolve("AFR")).toEqual({ ok: false, reason: "region" });
    expect(resolve("EUR")).toEqual({ ok: false, reason: "region" });
    expect(resolve("WST")).toEqual({ ok: false, reason: "region" });
    expect(resolve("HKG")).toEqual({ ok: false, reason: "not_in_atlas" });
    expect(resolve("IMY")).toEqual({ ok: false, reason: "not_in_atlas" });
    expect(resolve("XYZ")).toEqual({ ok: false, reason: "unknown_country_code" });
    expect(resolve("")).toEqual({ ok: false, reason: "no_actor_country" });
  });

  it("rejects rows whose actors are a region, the same country, or missing", () => {
    expect(mapper.map(gdeltRow({ actor2: "EUR" }))).toMatchObject({ ok: false, reason: "region" });
    expect(mapper.map(gdeltRow({ actor1: "AFR" }))).toMatchObject({ ok: false, reason: "region" });
    expect(mapper.map(gdeltRow({ actor1: "RUS", actor2: "RUS" }))).toMatchObject({ ok: false, reason: "same_country" });
    expect(mapper.map(gdeltRow({ actor1: "WSB", actor2: "GZS" }))).toMatchObject({ ok: false, reason: "same_country" });
    expect(mapper.map(gdeltRow({ actor2: "" }))).toMatchObject({ ok: false, reason: "no_actor_country" });
  });

  it("names the countries in the title with the atlas's names, whatever code GDELT used", () => {
    const result = mapper.map(gdeltRow({ actor1: "ROM", actor2: "MTN", eventCode: "0311" }));
    expect(result.ok && result.event.title).toBe("Romania — Express intent to cooperate economically — Montenegro");
  });
});

describe("bad values are counted, not thrown", () => {
  it.each([
    [{ id: "abc" }, "bad_id"],
    [{ date: "20191332" }, "bad_date"],
    [{ date: "2019-10-24" }, "bad_date"],
    [{ date: "18991231" }, "bad_date"],
    [{ date: "20991231" }, "bad_date"],
    [{ eventCode: "" }, "bad_event_code"],
    [{ eventCode: "999" }, "bad_event_code"],
    [{ eventCode: "04x" }, "bad_event_code"],
    [{ goldstein: "" }, "bad_goldstein"],
    [{ goldstein: "ten" }, "bad_goldstein"],
    [{ goldstein: "10.5" }, "bad_goldstein"],
  ] as const)("%o -> %s", (fields, reason) => {
    expect(mapper.map(gdeltRow(fields))).toMatchObject({ ok: false, reason });
  });

  it("skips, not guesses, a row whose CAMEO codes were saved as numbers (an appeal, 020, read as 20: mass violence)", () => {
    // A report rebuilt in a spreadsheet: EventCode 20, EventRootCode 2, QuadClass 1, Goldstein +3.0.
    const result = mapper.map(gdeltRow({ eventCode: "20", baseCode: "20", rootCode: "2", quadClass: "1", goldstein: "3.0" }));
    expect(result).toEqual({
      ok: false,
      reason: "inconsistent_codes",
      message: 'EventCode "20", EventBaseCode "20", EventRootCode "2", QuadClass "1"',
    });
    // The same appeal with its codes intact is an appeal, counted as cooperation.
    const intact = mapper.map(gdeltRow({ eventCode: "020", quadClass: "1", goldstein: "3.0" }));
    expect(intact.ok && [intact.event.cameoCode, intact.event.score]).toEqual(["020", 3]);
  });

  it.each([
    [{ eventCode: "042", quadClass: "4" }, "a verbal-cooperation root with material conflict's quad class"],
    [{ eventCode: "190", rootCode: "18" }, "a root code that is not the event code's first two digits"],
    [{ eventCode: "0311", baseCode: "032" }, "a base code that is not the event code's first three digits"],
  ] as const)("skips %o: %s", (fields, _why) => {
    expect(mapper.map(gdeltRow(fields))).toMatchObject({ ok: false, reason: "inconsistent_codes" });
  });

  it("reads a row with a NUL byte in a field, without the NUL (PostgreSQL text cannot hold one)", () => {
    const row = gdeltRow({ actor1Name: "RUS\u0000SIA" });
    expect(row).toContain("\u0000");
    const result = mapper.map(row);
    expect(result.ok && result.event.summary).toContain("RUSSIA (RUS)");
    expect(result.ok && result.event.summary).not.toContain("\u0000");
  });

  it("keeps a row whose SOURCEURL is a name rather than a web address", () => {
    expect(gdeltSource("BBC Monitoring", "1", null)).toEqual({
      url: null,
      publisher: "BBC Monitoring",
      title: "Article cited by GDELT",
      publishedOn: null,
    });
    expect(gdeltDate("20191024143000", "2026-01-01")).toBe("2019-10-24");
  });
});

describe("CAMEO event codes -> categories", () => {
  it.each([
    ["010", "statement"],
    ["0311", "statement"],
    ["040", "other"],
    ["042", "diplomatic_visit"],
    ["043", "diplomatic_visit"],
    ["044", "summit"],
    ["057", "other"],
    ["061", "economic_cooperation"],
    ["062", "military_cooperation"],
    ["072", "military_cooperation"],
    ["085", "sanctions"],
    ["112", "statement"],
    ["138", "statement"],
    ["150", "military_exercise"],
    ["1621", "sanctions"],
    ["163", "sanctions"],
    ["190", "other"],
    ["204", "other"],
  ])("%s -> %s", (code, category) => {
    expect(categoryForCameo(code)).toBe(category);
  });

  it("covers every code in GDELT's lookup and nothing outside roots 01-20", () => {
    for (const code of lookups.eventCodes.keys()) expect(categoryForCameo(code), code).toBeDefined();
    expect(categoryForCameo("21")).toBeUndefined();
    expect(new Set(CAMEO_CATEGORY_RULES.map((r) => r.code)).size).toBe(CAMEO_CATEGORY_RULES.length);
  });

  it("cleans labels: sentence case for roots, no 'not specified below', GDELT's mojibake fixed", () => {
    expect(lookups.eventCodes.get("01")).toBe("Make public statement");
    expect(lookups.eventCodes.get("010")).toBe("Make statement");
    expect(lookups.eventCodes.get("044")).toBe("Meet at third location");
    expect(cleanEventLabel("080", "Yield, not specified below ".trim())).toBe("Yield");
  });

  it("parses a lookup with CRLF, a line without a tab and no trailing newline", () => {
    expect([...parseLookup("CODE\tLABEL\r\n01\tOne\r\n106\n02\tTwo")]).toEqual([["01", "One"], ["106", ""], ["02", "Two"]]);
  });
});

describe("quadClassOfRoot (GDELT's four groups of CAMEO roots)", () => {
  it("maps 01-05, 06-09, 10-14 and 15-20 to quad classes 1 to 4 as GDELT does, and nothing else", () => {
    expect(["01", "05", "06", "09", "10", "14", "15", "20"].map(quadClassOfRoot)).toEqual(["1", "1", "2", "2", "3", "3", "4", "4"]);
    expect([quadClassOfRoot("00"), quadClassOfRoot("21"), quadClassOfRoot("2")]).toEqual([null, null, null]);
  });
});
