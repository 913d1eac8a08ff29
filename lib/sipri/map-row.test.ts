import { describe, expect, it } from "vitest";
import { seedCountries } from "@/lib/gdelt/test-support";
import { createSipriMapper, MAX_PREAMBLE_LINES } from "./map-row";
import { sipriOrderKey } from "./order-key";
import { SIPRI_HEADER, sipriRow } from "./test-support";

const countries = seedCountries();

/** A mapper that has read the header (after two lines of explanation). */
function readyMapper() {
  const mapper = createSipriMapper({ countries, today: "2026-11-27" });
  expect(mapper.preamble("SIPRI Trade Register (made up)", 1)).toBe(true);
  expect(mapper.preamble("", 2)).toBe(true);
  expect(mapper.preamble(SIPRI_HEADER, 3)).toBe(true);
  return mapper;
}

describe("SIPRI trade register: the lines before the orders", () => {
  it("skips explanation, reads the header by its cells, then hands over to the orders", () => {
    const mapper = createSipriMapper({ countries, today: "2026-11-27" });
    expect(mapper.preamble("Columns: Recipient, Supplier, Year of order and the others are explained elsewhere", 1)).toBe(true);
    expect(mapper.preamble(SIPRI_HEADER, 2)).toBe(true);
    expect(mapper.preamble(sipriRow(), 3)).toBe(false);
    expect(() => mapper.endFile()).not.toThrow();
  });

  it("refuses a file with no header in its first lines, or that ends before one, naming the columns it looked for", () => {
    const mapper = createSipriMapper({ countries, today: "2026-11-27" });
    for (let line = 1; line < MAX_PREAMBLE_LINES; line++) expect(mapper.preamble("explanation", line)).toBe(true);
    expect(() => mapper.preamble("explanation", MAX_PREAMBLE_LINES)).toThrow(
      "not a SIPRI trade register: no header row (Recipient, Supplier, Year of order, …) in its first 50 lines",
    );
    const short = createSipriMapper({ countries, today: "2026-11-27" });
    short.preamble("1\t2\t3", 1);
    expect(() => short.endFile()).toThrow(/no header row/);
  });

  it("refuses a header that lacks a column, or whose ? column is missing, naming it", () => {
    const mapper = createSipriMapper({ countries, today: "2026-11-27" });
    expect(() => mapper.preamble(SIPRI_HEADER.replace(",Comments", ""), 1)).toThrow('not a SIPRI trade register: its header has no "Comments" column');
    expect(() => mapper.preamble(SIPRI_HEADER.replace('Number delivered," "', "Number delivered,x"), 1)).toThrow(
      'the column after "Number delivered" should be the unnamed one holding "?" marks',
    );
  });

  it("starts afresh with each file: line 1 looks for a header again", () => {
    const mapper = readyMapper();
    expect(mapper.preamble("Another file's explanation", 1)).toBe(true);
    expect(() => mapper.endFile()).toThrow(/no header row/);
  });
});

describe("SIPRI trade register: an order", () => {
  it("maps an Iran -> Russia order with ? marks to a reported arms transfer from supplier to recipient, dated to its year", () => {
    const result = readyMapper().map(sipriRow());
    expect(result).toEqual({
      ok: true,
      event: {
        externalId: sipriOrderKey({ supplier: "Iran", recipient: "Russia", orderYear: "2022", designation: "Shahed-136", description: "loitering munition", numberOrdered: "2000" }),
        date: "2022-01-01",
        precision: "year",
        countries: ["IR", "RU"],
        roles: ["supplier", "recipient"],
        evidence: "reported",
        tivMillions: 60,
        category: "arms_transfer",
        score: 7.4,
        cameoCode: null,
        title: "Iran — Shahed-136 (loitering munition) — Russia",
        summary:
          "SIPRI trade register: Iran (supplier) to Russia (recipient), 2000? × Shahed-136 (loitering munition), ordered 2022. " +
          "Delivered 1800? in 2022, 2023. Status: New. " +
          "SIPRI TIV, millions (a volume of military capability, not a price): 0.03 per unit, 60 for the order, 54 delivered. " +
          "A ? marks a figure SIPRI gives as uncertain. Comments: Made up for tests. " +
          "Imported from SIPRI's register, not checked by an editor. Score 7.4: the Goldstein value of CAMEO 062 (cooperate militarily); SIPRI gives none.",
        source: {
          url: "https://www.sipri.org/databases/armstransfers",
          publisher: "SIPRI Arms Transfers Database",
          title: "Trade register: Shahed-136 (loitering munition), Iran to Russia, ordered 2022",
          publishedOn: null,
        },
      },
    });
  });

  it("calls an order with no ? confirmed, and one with a ? on any of its three marked values reported", () => {
    const mapper = readyMapper();
    const evidence = (cells: Parameters<typeof sipriRow>[0]) => {
      const result = mapper.map(sipriRow({ numberOrderedMark: "", numberDeliveredMark: "", ...cells }));
      return result.ok ? result.event.evidence : result.reason;
    };
    expect(evidence({})).toBe("confirmed");
    expect(evidence({ orderYearMark: "?" })).toBe("reported");
    expect(evidence({ numberOrderedMark: "?" })).toBe("reported");
    expect(evidence({ numberDeliveredMark: "?" })).toBe("reported");
  });

  it("keeps an order whose number is not known yet and has no deliveries, with no TIV for the order", () => {
    const result = readyMapper().map(
      sipriRow({ recipient: "Viet Nam", supplier: "Russia", orderYear: "2021", numberOrdered: "", numberOrderedMark: "", designation: "Yak-130", description: "trainer aircraft", numberDelivered: "", numberDeliveredMark: "", deliveryYears: "", tivPerUnit: "10", tivOrder: "", tivDelivered: "" }),
    );
    expect(result.ok && [result.event.countries, result.event.evidence, result.event.tivMillions]).toEqual([["RU", "VN"], "confirmed", null]);
    expect(result.ok && result.event.summary).toMatch(
      /^SIPRI trade register: Russia \(supplier\) to Viet Nam \(recipient\), Yak-130 \(trainer aircraft\), ordered 2021\. Number ordered not known\. No deliveries recorded\. Status: New\. SIPRI TIV, millions \(a volume of military capability, not a price\): 10 per unit\. Comments/,
    );
  });

  it("writes a TIV of 0 as SIPRI means it (under 0.5 million) and keeps 0 as the number", () => {
    const result = readyMapper().map(sipriRow({ tivPerUnit: "0", tivOrder: "0", tivDelivered: "0" }));
    expect(result.ok && result.event.tivMillions).toBe(0);
    expect(result.ok && result.event.summary).toContain("under 0.5 per unit, under 0.5 for the order, under 0.5 delivered.");
  });

  it("reads quoted cells with commas and doubled quotes, and keeps SIPRI's own names in the summary", () => {
    const result = readyMapper().map(sipriRow({ recipient: "Côte d'Ivoire", supplier: "China", comments: 'Made up; "WZ-551" variant, financed by aid' }));
    expect(result.ok && [result.event.countries, result.event.title]).toEqual([["CN", "CI"], "China — Shahed-136 (loitering munition) — Côte d'Ivoire"]);
    expect(result.ok && result.event.summary).toContain('Comments: Made up; "WZ-551" variant, financed by aid.');
  });

  it("gives identical rows of one file their own ids (:2, :3), and a new file the same ids again", () => {
    const mapper = readyMapper();
    const ids = [1, 2, 3].map(() => {
      const result = mapper.map(sipriRow());
      return result.ok ? result.event.externalId : result.reason;
    });
    expect(ids[1]).toBe(`${ids[0]}:2`);
    expect(ids[2]).toBe(`${ids[0]}:3`);
    mapper.preamble(SIPRI_HEADER, 1);
    const again = mapper.map(sipriRow());
    expect(again.ok && again.event.externalId).toBe(ids[0]);
  });

  it("skips parties that are no state of today by a named reason, saying which column", () => {
    const mapper = readyMapper();
    const skip = (supplier: string, recipient = "Egypt") => {
      const result = mapper.map(sipriRow({ supplier, recipient }));
      return result.ok ? "imported" : [result.reason, result.message];
    };
    expect(skip("Soviet Union")).toEqual(["former_state", 'Supplier "Soviet Union" is a state that no longer exists (the atlas has today\'s states; see lib/sipri/README.md)']);
    expect(skip("East Germany (GDR)")[0]).toBe("former_state");
    expect(skip("Hezbollah (Lebanon)*")).toEqual(["non_state_actor", 'Supplier "Hezbollah (Lebanon)*" is a non-state armed group (SIPRI\'s *), not a state']);
    expect(skip("Russia", "unknown rebel group*")).toEqual(["non_state_actor", 'Recipient "unknown rebel group*" is a non-state armed group (SIPRI\'s *), not a state']);
    expect(skip("Russia", "African Union**")).toEqual(["organisation", 'Recipient "African Union**" is an international organisation (SIPRI\'s **), not a state']);
    expect(skip("unknown supplier(s)")).toEqual(["unknown_party", 'Supplier "unknown supplier(s)" is not identified by SIPRI']);
    expect(skip("Atlantis")).toEqual(["unknown_country_name", 'Supplier "Atlantis" is not a country name the importer knows (lib/sipri/countries.ts)']);
    expect(skip("Russia", "Hong Kong")).toEqual(["not_in_atlas", 'Recipient "Hong Kong" is not one of the atlas\'s countries']);
    expect(skip("Turkiye", "Turkey")).toEqual(["same_country", 'Supplier "Turkiye" and Recipient "Turkey" are both TR']);
  });

  it("skips a row whose year or values are not in the register's form, naming the column", () => {
    const mapper = readyMapper();
    const skip = (cells: Parameters<typeof sipriRow>[0]) => {
      const result = mapper.map(sipriRow(cells));
      return result.ok ? "imported" : [result.reason, result.message];
    };
    expect(skip({ orderYear: "19x6" })).toEqual(["bad_order_year", 'Year of order "19x6" is not a year from 1900 to 2026']);
    expect(skip({ orderYear: "2027" })).toEqual(["bad_order_year", 'Year of order "2027" is not a year from 1900 to 2026']);
    expect(skip({ orderYear: "" })).toEqual(["bad_order_year", 'Year of order "" is not a year from 1900 to 2026']);
    expect(skip({ numberDelivered: "many" })).toEqual(["bad_value", 'Number delivered "many" is not in SIPRI\'s form']);
    expect(skip({ numberOrdered: "2,000" })).toEqual(["bad_value", 'Number ordered "2,000" is not in SIPRI\'s form']);
    expect(skip({ deliveryYears: "2022, 2023" })).toEqual(["bad_value", 'Year(s) of delivery "2022, 2023" is not in SIPRI\'s form']);
    expect(skip({ orderYearMark: "x" })).toEqual(["bad_value", 'The "?" column after Year of order "x" is not in SIPRI\'s form']);
    expect(skip({ tivOrder: "n/a" })).toEqual(["bad_value", 'SIPRI TIV for total order "n/a" is not in SIPRI\'s form']);
    expect(skip({ designation: "", description: "" })).toEqual(["bad_value", "Weapon designation and Weapon description are both empty"]);
  });

  it("skips a row of another width or with an unclosed quote, and tolerates empty cells a spreadsheet added at the end", () => {
    const mapper = readyMapper();
    expect(mapper.map("Brazil,Sweden,2014,,36,,JAS-39E Gripen")).toEqual({ ok: false, reason: "column_count", message: "7 columns, the header has 16" });
    expect(mapper.map(sipriRow({ comments: "x" }).replace(",x,", ',"x,'))).toEqual({ ok: false, reason: "column_count", message: "a quoted field is not closed on its line" });
    expect(mapper.map(`${sipriRow()},,`).ok).toBe(true);
    expect(mapper.map(`${sipriRow()},extra`)).toMatchObject({ ok: false, reason: "column_count" });
  });

  it("drops NUL bytes, which PostgreSQL's text cannot hold", () => {
    const result = readyMapper().map(sipriRow({ comments: "Made\0 up" }));
    expect(result.ok && result.event.summary).toContain("Comments: Made up.");
  });
});
