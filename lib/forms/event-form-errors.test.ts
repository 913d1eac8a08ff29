import { describe, expect, it } from "vitest";
import { fieldNameOf, sentence } from "./event-form-errors";
import { blankValues, type EventFormValues } from "./event-form-values";

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
});
