import { describe, expect, it } from "vitest";
import { clientErrors, orderedKeys, serverErrors, toRequest, type FormValues, type SourceValues } from "./event-form-messages";

const source = (over: Partial<SourceValues> = {}): SourceValues => ({ key: "s", url: "", publisher: "", title: "", publishedOn: "", ...over });
const BLANK: FormValues = {
  title: "", summary: "", date: "", precision: "day", countries: [], category: "", evidence: "", score: "", cameoCode: "", sources: [source()],
};
/** The KP-RU summit the admin end-to-end test saves. */
const VALID: FormValues = {
  title: "Kim and Putin sign a partnership treaty", summary: "", date: "2024-06-19", precision: "day", countries: ["KP", "RU"],
  category: "summit", evidence: "confirmed", score: "5.5", cameoCode: "",
  sources: [source({ url: "https://example.org/kp-ru-summit", publisher: "Example Wire", title: "Putin and Kim sign a treaty", publishedOn: "2024-06-19" })],
};

/** The error summary's lines, top to bottom, as the editor reads them. */
function summary(values: FormValues): string[] {
  const errors = clientErrors(values);
  return orderedKeys(errors, values.sources.length).map((key) => `${key}: ${errors[key]}`);
}

describe("the event form's field messages", () => {
  it("has none for a valid event", () => {
    expect(summary(VALID)).toEqual([]);
  });

  it("names every empty required field, in the form's order, saying what to do for the choices", () => {
    expect(summary(BLANK)).toEqual([
      "title: Title is required.",
      "date: Date is required.",
      "countries: Participating countries must name at least two different countries.",
      "category: Choose a category.",
      "evidence: Choose an evidence level.",
      "score: Score is required: a number from −10 to 10.",
      "sources.0.publisher: Source 1 publisher is required.",
      "sources.0.title: Source 1 title is required.",
    ]);
  });

  it("says what is wrong with a too long title, a single country and a script address", () => {
    expect(
      summary({ ...VALID, title: "x".repeat(201), countries: ["KP"], sources: [source({ url: "javascript:alert(1)", publisher: "P", title: "T" })] }),
    ).toEqual([
      "title: Title must be at most 200 characters.",
      "countries: Participating countries must name at least two different countries.",
      "sources.0.url: Source 1 URL must be an http:// or https:// address.",
    ]);
    // 200 characters, or 201 with a trailing space (trimmed), are fine.
    expect(summary({ ...VALID, title: "x".repeat(200) })).toEqual([]);
    expect(summary({ ...VALID, title: `${"x".repeat(200)} ` })).toEqual([]);
  });

  it.each([
    [{ score: "11" }, "score: Score must be between -10 and 10."],
    [{ score: "a lot" }, "score: Score must be a number from -10 to 10."],
    [{ date: "2999-01-01" }, "date: Date must not be in the future."],
    [{ date: "1899-12-31" }, "date: Date must not be before 1900."],
    [{ date: "2024-02-30" }, "date: Date must be a date written YYYY-MM-DD."],
    [{ countries: ["KP", "KP"] }, "countries: Participating countries must name at least two different countries."],
    [{ cameoCode: "12345" }, "cameoCode: CAMEO code must be a CAMEO event code of 2 to 4 digits."],
    [{ summary: "s".repeat(5001) }, "summary: Summary must be at most 5,000 characters."],
    [{ sources: [] }, "sources: Sources must list at least one source."],
  ] as [Partial<FormValues>, string][])("for %j says %s", (change, message) => {
    expect(summary({ ...VALID, ...change })).toEqual([message]);
  });

  it("numbers sources from one and names their inputs in words", () => {
    const second = source({ title: "Second", publishedOn: "2024-13-01" });
    expect(summary({ ...VALID, sources: [VALID.sources[0]!, second] })).toEqual([
      "sources.1.publisher: Source 2 publisher is required.",
      "sources.1.publishedOn: Source 2 published on must be a date written YYYY-MM-DD.",
    ]);
  });

  it("asks for the period's first day, naming it, whether or not other fields are wrong too", () => {
    const month = { ...VALID, date: "2024-04-17", precision: "month" as const };
    const year = { ...VALID, date: "2024-04-01", precision: "year" as const };
    const wanted = {
      month: "date: For a date known to the month, use the first day of the month (2024-04-01).",
      year: "date: For a date known to the year, use 1 January (2024-01-01).",
    };
    expect(summary(month)).toEqual([wanted.month]);
    expect(summary(year)).toEqual([wanted.year]);
    expect(summary({ ...month, title: "" })).toEqual(["title: Title is required.", wanted.month]);
    expect(summary({ ...year, title: "" })).toEqual(["title: Title is required.", wanted.year]);
  });
});

describe("the server's 400 issues on the form's fields", () => {
  it("puts each on its field as a sentence, the first per field, and a source's by its index", () => {
    const errors = serverErrors(
      [
        { path: ["countries", 1], message: "XX is not a country we know" },
        { path: ["countries", 1], message: "a second message for the same country" },
        { path: ["countries", 2], message: "ZZ is not a country we know" },
        { path: ["sources", "0", "url"], message: "must be an http:// or https:// address" },
        { path: ["title"], message: "must be at most 200 characters" },
      ],
      VALID,
    );
    expect(errors).toEqual({
      countries: "XX is not a country we know.",
      "sources.0.url": "Source 1 URL must be an http:// or https:// address.",
      title: "Title must be at most 200 characters.",
    });
    expect(orderedKeys(errors, 1)).toEqual(["title", "countries", "sources.0.url"]);
  });
});

describe("toRequest", () => {
  it("sends unchosen choices and an empty score as missing, an empty CAMEO code as null, and no React keys", () => {
    expect(toRequest({ ...BLANK, cameoCode: "  " })).toEqual({
      title: "", summary: "", date: "", precision: "day", countries: [], category: undefined, evidence: undefined, score: undefined, cameoCode: null,
      sources: [{ url: "", publisher: "", title: "", publishedOn: "" }],
    });
    expect(toRequest(VALID)).toMatchObject({ score: 5.5, category: "summit", evidence: "confirmed", cameoCode: null });
  });
});
