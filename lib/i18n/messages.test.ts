// Every interface language says everything English says: no key missing or empty, the same ICU arguments and
// tags in every translation, plural branches the language has (and always "other"), and the evidence levels four
// different words, so "alleged" can never read as "confirmed".
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { icuShape } from "./icu-arguments";
import { LOCALES, type Locale } from "./locales";
import { plainMessage, PLAIN_MESSAGE_KEYS } from "./plain-message";

type Tree = { [key: string]: string | Tree };

function load(locale: Locale): Tree {
  return JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../messages", `${locale}.json`), "utf8")) as Tree;
}

/** Every message as "namespace.key" -> text. */
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const english = flatten(load("en"));

describe("icuShape", () => {
  it("finds plain, plural and nested arguments and tags", () => {
    const shape = icuShape("<b>{name}</b> has {count, plural, one {# event on {date}} other {# events}}");
    expect(shape.args).toEqual(["count:plural", "date:", "name:"]);
    expect(shape.tags).toEqual(["b"]);
    expect(shape.plurals).toEqual([{ arg: "count", keys: ["one", "other"] }]);
  });

  it("refuses unbalanced braces", () => {
    expect(() => icuShape("{count, plural, one {# event} other {# events}")).toThrow();
  });
});

describe.each(LOCALES)("messages/%s.json", (locale) => {
  const messages = flatten(load(locale));
  const categories = new Set(new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[]);

  it("has every English key, none empty, and no key English lacks", () => {
    const missing = [...english.keys()].filter((key) => !messages.get(key)?.trim());
    const extra = [...messages.keys()].filter((key) => !english.has(key));
    expect(missing, `missing or empty in ${locale}`).toEqual([]);
    expect(extra, `not in en.json`).toEqual([]);
  });

  it("uses the same ICU arguments and tags as English in every message", () => {
    const differing: string[] = [];
    for (const [key, text] of english) {
      const translated = messages.get(key);
      if (!translated) continue;
      const a = icuShape(text);
      const b = icuShape(translated);
      if (JSON.stringify([a.args, a.tags]) !== JSON.stringify([b.args, b.tags])) differing.push(`${key}: ${JSON.stringify(a.args)} vs ${JSON.stringify(b.args)}`);
    }
    expect(differing).toEqual([]);
  });

  it("gives every plural an 'other' branch and only branches the language has", () => {
    const wrong: string[] = [];
    for (const [key, text] of messages) {
      for (const { arg, keys } of icuShape(text).plurals) {
        if (!keys.includes("other")) wrong.push(`${key}: ${arg} has no "other"`);
        for (const k of keys) if (!k.startsWith("=") && !categories.has(k)) wrong.push(`${key}: ${arg} has "${k}", which ${locale} does not use`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("names the four evidence levels with four different words", () => {
    for (const group of ["labels.evidence", "labels.evidenceLower"]) {
      const words = ["confirmed", "reported", "alleged", "denied"].map((level) => messages.get(`${group}.${level}`)?.toLocaleLowerCase(locale));
      expect(new Set(words).size, group).toBe(4);
    }
  });

  it("keeps the messages route handlers read as plain text (plain-message.ts) free of ICU syntax", () => {
    for (const key of PLAIN_MESSAGE_KEYS) {
      const text = plainMessage(locale, key);
      expect(text, key).toBe(messages.get(key));
      expect(text, key).not.toMatch(/[{}<>]/);
    }
  });
});
