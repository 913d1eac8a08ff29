import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import fa from "@/messages/fa.json";
import { fieldNameOf, problemText, sentence as sentenceIn, type FormTranslate } from "./event-form-errors";
import { blankValues, type EventFormValues } from "./event-form-values";

/** The form's messages as an editor reading English or Persian sees them (messages/*.json, "adminForm"). */
const english = createTranslator({ locale: "en", messages: en, namespace: "adminForm" }) as unknown as FormTranslate;
const persian = createTranslator({ locale: "fa", messages: fa, namespace: "adminForm" }) as unknown as FormTranslate;
const sentence = (path: readonly PropertyKey[], message: string, values: EventFormValues) => sentenceIn(path, message, values, english);

const VALUES: EventFormValues = { ...blankValues(), title: "A title", date: "2024-06-19", category: "summit", evidence: "confirmed", score: "1" };

describe("the server's 400 issues on the form's fields", () => {
  it("names the field setError takes for each path, indexes as numbers or digit strings", () => {
    expect(fieldNameOf(["title"])).toBe("title");
    expect(fieldNameOf(["countries", 1])).toBe("countries");
    expect(fieldNameOf(["roles"])).toBe("roles");
    expect(fieldNameOf(["sources", "0", "url"])).toBe("sources.0.url");
    expect(fieldNameOf(["sources", 2, "publisher"])).toBe("sources.2.publisher");
    expect(fieldNameOf(["sources"])).toBe("sources.root");
    expect(fieldNameOf(["version"])).toBe("root.server");
    expect(fieldNameOf([])).toBe("root.server");
  });

  it("says what to do about a required choice left empty, whatever the schema's words for it", () => {
    expect(sentence(["category"], "must be one of diplomatic_visit, summit", { ...VALUES, category: "" })).toBe("Choose a category.");
    expect(sentence(["score"], "must be a number from -10 to 10", { ...VALUES, score: " " })).toBe("Score is required: a number from −10 to 10.");
    expect(sentence(["score"], "must be between -10 and 10", { ...VALUES, score: "11" })).toBe("Score must be between -10 and 10.");
  });

  it("writes each as a sentence by its path: a field's label, a list element after the list's name, the event's own as it is", () => {
    expect(sentence(["countries", 1], "XX is not a country we know", VALUES)).toBe("Participating countries: XX is not a country we know.");
    expect(sentence(["sources", "0", "url"], "must be an http:// or https:// address", VALUES)).toBe("Source 1 URL must be an http:// or https:// address.");
    expect(sentence(["roles"], "must name only countries taking part; CN is not one of them", VALUES)).toBe("Roles must name only countries taking part; CN is not one of them.");
    expect(sentence(["roles", "XX"], "must be one of actor, target, supplier, recipient", VALUES)).toBe("Role of XX must be one of actor, target, supplier, recipient.");
    expect(sentence([], "must be a JSON object", VALUES)).toBe("Must be a JSON object.");
  });

  it("writes the same sentences in the reader's language, keeping codes, limits and days as data", () => {
    expect(sentenceIn(["title"], "is required", VALUES, persian)).toBe(persian("sentence.field", { label: persian("field.title"), problem: persian("problem.required") }));
    expect(sentenceIn(["title"], "is required", VALUES, persian)).toContain("عنوان");
    expect(sentenceIn(["category"], "must be one of summit", { ...VALUES, category: "" }, persian)).toBe(persian("empty.category"));
    expect(sentenceIn(["summary"], "must be at most 5,000 characters", VALUES, persian)).toContain("۵٬۰۰۰");
    expect(sentenceIn(["countries", 0], "XX is not a country we know", VALUES, persian)).toContain("XX");
    expect(sentenceIn(["date"], "must be the first day of the month (2024-04-01) for a date known only to the month", VALUES, persian)).toContain("2024-04-01");
  });

  it("recognises every fragment the event schemas send, and leaves one it does not know in English", () => {
    expect(problemText("must be at most 2,000 characters", english)).toBe("must be at most 2,000 characters");
    expect(problemText("may list at most 20 sources", english)).toBe("may list at most 20 sources");
    expect(problemText("must name only countries taking part; CN is not one of them", english)).toBe("must name only countries taking part; CN is not one of them");
    expect(problemText("something new", english)).toBeNull();
    expect(sentenceIn(["title"], "is something new", VALUES, persian)).toContain("is something new");
  });
});
