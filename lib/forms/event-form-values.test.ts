import { describe, expect, it } from "vitest";
import type { AdminEventDto } from "@/lib/schemas/events";
import { blankValues, differingFields, pruneRoles, toRequest, valuesFromEvent, type EventFormValues } from "./event-form-values";

/** An arms transfer as GET /api/events/{id} returns it to an editor. */
const EVENT: AdminEventDto = {
  id: "0190f6a2-0000-7000-8000-000000000001",
  title: "Iran delivers Shahed drones to Russia",
  summary: "",
  date: "2022-08-01",
  dateEnd: "2022-08-31",
  precision: "month",
  category: "arms_transfer",
  evidence: "reported",
  score: 6.4,
  cameoCode: null,
  origin: "curated",
  tivMillions: null,
  participants: [
    { id: "IR", name: "Iran", role: "supplier" },
    { id: "RU", name: "Russia", role: "recipient" },
    { id: "BY", name: "Belarus", role: null },
  ],
  sources: [{ url: null, publisher: "Print Weekly", title: "Drones", publishedOn: null }],
  version: 3,
  retired: false,
  createdAt: "2026-11-01T10:00:00.000Z",
  updatedAt: "2026-11-02T10:00:00.000Z",
};

describe("toRequest", () => {
  it("sends unchosen choices and an empty score as missing, an empty CAMEO code as null, and no roles", () => {
    expect(toRequest({ ...blankValues(), cameoCode: "  " })).toEqual({
      title: "", summary: "", date: "", precision: "day", countries: [], roles: {}, category: undefined, evidence: undefined, score: undefined,
      cameoCode: null, sources: [{ url: "", publisher: "", title: "", publishedOn: "" }],
    });
  });

  it("sends the chosen roles only, in the countries' order, and none for a country no longer chosen", () => {
    const values: EventFormValues = { ...blankValues(), countries: ["RU", "IR"], roles: { IR: "supplier", CN: "actor", RU: "recipient", KP: "" } };
    expect(JSON.stringify(toRequest(values).roles)).toBe('{"RU":"recipient","IR":"supplier"}');
  });
});

describe("valuesFromEvent", () => {
  it("shows a saved event with its countries' roles, '' for none, and strings in the inputs", () => {
    const values = valuesFromEvent(EVENT);
    expect(values).toMatchObject({ countries: ["IR", "RU", "BY"], roles: { IR: "supplier", RU: "recipient", BY: "" }, score: "6.4", cameoCode: "" });
    expect(values.sources).toEqual([{ url: "", publisher: "Print Weekly", title: "Drones", publishedOn: "" }]);
  });

  it("round-trips: the values of a saved event make the request that saved it", () => {
    expect(toRequest(valuesFromEvent(EVENT))).toEqual({
      title: EVENT.title, summary: "", date: "2022-08-01", precision: "month", countries: ["IR", "RU", "BY"], roles: { IR: "supplier", RU: "recipient" },
      category: "arms_transfer", evidence: "reported", score: 6.4, cameoCode: null, sources: [{ url: "", publisher: "Print Weekly", title: "Drones", publishedOn: "" }],
    });
  });

  it("starts an event with no sources on one empty source", () => {
    expect(valuesFromEvent({ ...EVENT, sources: [] }).sources).toEqual([{ url: "", publisher: "", title: "", publishedOn: "" }]);
  });
});

describe("pruneRoles", () => {
  it("drops the roles of countries removed from the list and keeps the others", () => {
    expect(pruneRoles({ IR: "supplier", RU: "recipient", BY: "" }, ["RU", "BY", "CN"])).toEqual({ RU: "recipient", BY: "" });
  });
});

describe("differingFields", () => {
  it("names the fields whose requests differ, in form order, and none for a value retyped as it was", () => {
    const saved = valuesFromEvent(EVENT);
    expect(differingFields(saved, { ...saved, score: "6.40", title: `${EVENT.title}` })).toEqual([]);
    expect(differingFields(saved, { ...saved, roles: { IR: "actor", RU: "target", BY: "" }, title: "Other" })).toEqual(["title", "roles"]);
  });
});
