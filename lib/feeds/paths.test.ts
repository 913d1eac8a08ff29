import { describe, expect, it } from "vitest";
import { ALL_EVENTS_FEED_PATH, countryFeedPath, eventViewPath, feedPath, linkFeedPath, subjectViewPath } from "./paths";
import type { FeedSubject } from "./types";

const kimYoJong = {
  id: "e1",
  links: [] as string[],
  participants: [
    { id: "KP", name: "North Korea", role: null },
    { id: "KR", name: "South Korea", role: null },
    { id: "US", name: "United States", role: null },
  ],
};
const summit = { id: "e2", links: ["CN-RU", "IR-RU", "KP-RU"], participants: [{ id: "CN", name: "China", role: null }, { id: "IR", name: "Iran", role: null }, { id: "KP", name: "North Korea", role: null }, { id: "RU", name: "Russia", role: null }] };

describe("feed paths", () => {
  it("puts the feeds under /feeds with the app's ids", () => {
    expect([ALL_EVENTS_FEED_PATH, linkFeedPath("IR-KP"), countryFeedPath("KP")]).toEqual([
      "/feeds/events.atom",
      "/feeds/links/IR-KP.atom",
      "/feeds/countries/KP.atom",
    ]);
    expect(feedPath({ kind: "country", id: "IR", name: "Iran" })).toBe("/feeds/countries/IR.atom");
    expect(subjectViewPath({ kind: "all" })).toBe("/");
  });
});

describe("eventViewPath: the dashboard view that shows an event (components/use-selection.ts)", () => {
  const link: FeedSubject = { kind: "link", id: "KP-RU", countryNames: ["North Korea", "Russia"], title: "t" };
  const country: FeedSubject = { kind: "country", id: "KP", name: "North Korea" };

  it("opens the feed's own link with the event highlighted", () => {
    expect(eventViewPath(summit, link)).toBe("/?link=KP-RU&event=e2");
  });

  it("opens, in a country's feed, the first of the event's links the country is in", () => {
    expect(eventViewPath(summit, country)).toBe("/?link=KP-RU&event=e2");
    expect(eventViewPath(summit, { kind: "all" })).toBe("/?link=CN-RU&event=e2");
  });

  it("opens a country's panel for an event on no link of the atlas", () => {
    expect(eventViewPath(kimYoJong, { kind: "country", id: "US", name: "United States" })).toBe("/?country=US");
    expect(eventViewPath(kimYoJong, { kind: "all" })).toBe("/?country=KP");
  });
});
