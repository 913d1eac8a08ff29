import { describe, expect, it } from "vitest";
import type { FieldErrors } from "react-hook-form";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import ru from "@/messages/ru.json";
import { SOURCE_FIELDS, type FormTranslate } from "./event-form-errors";
import { errorLines, eventFormResolver } from "./event-form-resolver";
import { blankValues, emptySource, type EventFormValues } from "./event-form-values";

/** The KP-RU summit the admin end-to-end test saves. */
const VALID: EventFormValues = {
  ...blankValues(),
  title: "Kim and Putin sign a partnership treaty",
  date: "2024-06-19",
  countries: ["KP", "RU"],
  category: "summit",
  evidence: "confirmed",
  score: "5.5",
  sources: [{ url: "https://example.org/kp-ru-summit", publisher: "Example Wire", title: "Putin and Kim sign a treaty", publishedOn: "2024-06-19" }],
};

/** The form's English messages (messages/en.json, "adminForm"): the sentences below are what an English reader sees. */
const english = createTranslator({ locale: "en", messages: en, namespace: "adminForm" }) as unknown as FormTranslate;
const russian = createTranslator({ locale: "ru", messages: ru, namespace: "adminForm" }) as unknown as FormTranslate;

/** The field names react-hook-form passes the resolver on submit: every input the form has mounted. */
function mountedNames(values: EventFormValues): string[] {
  const sources = values.sources.flatMap((_, i) => SOURCE_FIELDS.map((f) => `sources.${i}.${f}`));
  return ["title", "summary", "date", "precision", "countries", "roles", "category", "evidence", "score", "cameoCode", ...sources];
}

/** The error summary's lines, top to bottom, as the editor reads them after pressing Save. */
async function summary(values: EventFormValues, t: FormTranslate = english): Promise<string[]> {
  const result = await eventFormResolver(t)(values, undefined, {
    fields: {},
    names: mountedNames(values) as never,
    shouldUseNativeValidation: false,
    criteriaMode: "firstError",
  });
  return errorLines(result.errors).map(({ name, message }) => `${name}: ${message}`);
}

describe("the event form's resolver (the API's schema, in sentences)", () => {
  it("passes a valid event and hands back the request to send", async () => {
    const result = await eventFormResolver(english)({ ...VALID, roles: { KP: "actor", RU: "target" } }, undefined, {
      fields: {},
      names: mountedNames(VALID) as never,
      shouldUseNativeValidation: false,
    });
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ score: 5.5, roles: { KP: "actor", RU: "target" }, cameoCode: null, sources: [{ url: "https://example.org/kp-ru-summit" }] });
  });

  it("names every empty required field, in the form's order, saying what to do for the choices", async () => {
    expect(await summary(blankValues())).toEqual([
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

  it("says what is wrong with a too long title, a single country and a script address", async () => {
    const sources = [{ ...emptySource(), url: "javascript:alert(1)", publisher: "P", title: "T" }];
    expect(await summary({ ...VALID, title: "x".repeat(201), countries: ["KP"], sources })).toEqual([
      "title: Title must be at most 200 characters.",
      "countries: Participating countries must name at least two different countries.",
      "sources.0.url: Source 1 URL must be an http:// or https:// address.",
    ]);
    // 200 characters, or 201 with a trailing space (trimmed), are fine.
    expect(await summary({ ...VALID, title: "x".repeat(200) })).toEqual([]);
    expect(await summary({ ...VALID, title: `${"x".repeat(200)} ` })).toEqual([]);
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
    // With no source mounted, react-hook-form has no field array to put the message under ("sources.root").
    [{ sources: [] }, "sources: Sources must list at least one source."],
    [{ roles: { KP: "actor" } }, "roles: Roles must name at least one actor and one target."],
    [{ roles: { KP: "supplier", RU: "target" } }, "roles: Roles must use either actor and target, or supplier and recipient, not both."],
  ] as [Partial<EventFormValues>, string][])("for %j says %s", async (change, message) => {
    expect(await summary({ ...VALID, ...change })).toEqual([message]);
  });

  it("numbers sources from one and names their inputs in words", async () => {
    const second = { ...emptySource(), title: "Second", publishedOn: "2024-13-01" };
    expect(await summary({ ...VALID, sources: [VALID.sources[0]!, second] })).toEqual([
      "sources.1.publisher: Source 2 publisher is required.",
      "sources.1.publishedOn: Source 2 published on must be a date written YYYY-MM-DD.",
    ]);
  });

  it("names the period's first day for a month or year date, whether or not other fields are wrong too", async () => {
    const month = { ...VALID, date: "2024-04-17", precision: "month" as const };
    const year = { ...VALID, date: "2024-04-01", precision: "year" as const };
    const wanted = {
      month: "date: Date must be the first day of the month (2024-04-01) for a date known only to the month.",
      year: "date: Date must be 1 January (2024-01-01) for a date known only to the year.",
    };
    expect(await summary(month)).toEqual([wanted.month]);
    expect(await summary(year)).toEqual([wanted.year]);
    expect(await summary({ ...month, title: "" })).toEqual(["title: Title is required.", wanted.month]);
    expect(await summary({ ...year, category: "" })).toEqual([wanted.year, "category: Choose a category."]);
  });

  it("says the roles problem while other fields are still wrong", async () => {
    expect(await summary({ ...VALID, title: "", roles: { RU: "recipient" } })).toEqual([
      "title: Title is required.",
      "roles: Roles must name at least one supplier and one recipient.",
    ]);
  });
});

describe("the resolver in another language", () => {
  it("writes each empty field's message in Russian, on the same field names", async () => {
    const lines = await summary(blankValues(), russian);
    expect(lines.map((line) => line.split(": ")[0])).toEqual(["title", "date", "countries", "category", "evidence", "score", "sources.0.publisher", "sources.0.title"]);
    expect(lines[0]).toBe(`title: ${russian("sentence.field", { label: russian("field.title"), problem: russian("problem.required") })}`);
    expect(lines[3]).toBe(`category: ${russian("empty.category")}`);
    expect(lines.join("\n")).not.toMatch(/is required|Choose/);
  });
});

describe("errorLines", () => {
  it("lists react-hook-form's nested errors in the form's order, a field array's own error before its items', server ones last", () => {
    const errors = {
      root: { server: { type: "server", message: "Something about the event." } },
      sources: { 1: { title: { type: "too_small", message: "Source 2 title is required." } }, root: { type: "too_big", message: "Too many." } },
      title: { type: "too_big", message: "Title is too long." },
      roles: { type: "custom", message: "Roles are wrong." },
    } as unknown as FieldErrors;
    expect(errorLines(errors).map((l) => l.name)).toEqual(["title", "roles", "sources.root", "sources.1.title", "root.server"]);
  });
});
