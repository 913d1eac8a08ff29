import { describe, expect, it } from "vitest";
import { buildAtomFeed } from "./atom";
import { parseAtom } from "./test-support";
import type { FeedEvent, FeedSubject } from "./types";

const ORIGIN = "https://atlas.example.org";
const IR_KP: FeedSubject = { kind: "link", id: "IR-KP", countryNames: ["Iran", "North Korea"], title: "Sanctioned partners" };

function event(overrides: Partial<FeedEvent> = {}): FeedEvent {
  return {
    id: "0190a1b2-0000-7000-8000-000000000001",
    title: "North Korean economic delegation leaves for Iran",
    summary: "The first known official talks since 2019.",
    date: "2024-04-01",
    dateEnd: "2024-04-30",
    precision: "month",
    category: "diplomatic_visit",
    evidence: "confirmed",
    score: 1.9,
    cameoCode: "042",
    origin: "curated",
    tivMillions: null,
    participants: [
      { id: "IR", name: "Iran", role: null },
      { id: "KP", name: "North Korea", role: null },
    ],
    sources: [{ url: "https://example.org/report?a=1&b=2", publisher: "Example Wire", title: "A report", publishedOn: "2024-05-02" }],
    createdAt: new Date("2024-05-01T09:00:00.000Z"),
    updatedAt: new Date("2024-05-03T10:30:00.000Z"),
    links: ["IR-KP"],
    ...overrides,
  };
}

const build = (events: FeedEvent[], subject: FeedSubject = IR_KP, updated = new Date("2024-05-03T10:30:00.000Z")) =>
  parseAtom(buildAtomFeed({ origin: ORIGIN, subject, updated, events }));

describe("buildAtomFeed: the feed (RFC 4287 §4.1.1)", () => {
  it("names itself by its own absolute URL, links to the dashboard view, and has an author and the given updated time", () => {
    const feed = build([event()]);
    expect(feed).toMatchObject({
      id: "https://atlas.example.org/feeds/links/IR-KP.atom",
      title: "Axis Atlas: Iran – North Korea",
      subtitle: "Sanctioned partners. New and changed events between Iran and North Korea, newest change first; retired events leave the feed.",
      updated: "2024-05-03T10:30:00.000Z",
      authors: ["Axis Atlas"],
      links: [
        { rel: "alternate", href: "https://atlas.example.org/?link=IR-KP" },
        { rel: "self", href: "https://atlas.example.org/feeds/links/IR-KP.atom" },
      ],
    });
  });

  it("titles the all-events and country feeds and points them at their views", () => {
    const all = build([], { kind: "all" }, new Date(0));
    expect([all.id, all.title, all.updated, all.links[0]!.href, all.entries]).toEqual([
      "https://atlas.example.org/feeds/events.atom",
      "Axis Atlas: all events",
      "1970-01-01T00:00:00.000Z",
      "https://atlas.example.org/",
      [],
    ]);
    const country = build([], { kind: "country", id: "KP", name: "North Korea" });
    expect([country.id, country.title, country.subtitle, country.links[0]!.href]).toEqual([
      "https://atlas.example.org/feeds/countries/KP.atom",
      "Axis Atlas: North Korea",
      "New and changed events North Korea takes part in, newest change first; retired events leave the feed.",
      "https://atlas.example.org/?country=KP",
    ]);
  });

  it("writes the same document for the same input (nothing depends on the clock)", () => {
    const input = { origin: ORIGIN, subject: IR_KP, updated: new Date("2024-05-03T10:30:00.000Z"), events: [event()] };
    expect(buildAtomFeed(input)).toBe(buildAtomFeed(structuredClone(input)));
  });
});

describe("buildAtomFeed: an entry per event (RFC 4287 §4.1.2)", () => {
  it("has the event's UUID as a urn:uuid id, its title, last change, creation and the dashboard view that shows it", () => {
    const [entry] = build([event()]).entries;
    expect(entry).toMatchObject({
      id: "urn:uuid:0190a1b2-0000-7000-8000-000000000001",
      title: "North Korean economic delegation leaves for Iran",
      updated: "2024-05-03T10:30:00.000Z",
      published: "2024-05-01T09:00:00.000Z",
      links: [{ rel: undefined, href: "https://atlas.example.org/?link=IR-KP&event=0190a1b2-0000-7000-8000-000000000001" }],
      categories: [
        { term: "diplomatic_visit", label: "Diplomatic visit" },
        { term: "confirmed", label: "Evidence: Confirmed" },
      ],
    });
  });

  it("keeps the order given (newest change first) and one entry per event", () => {
    const ids = ["0190a1b2-0000-7000-8000-00000000000c", "0190a1b2-0000-7000-8000-00000000000a", "0190a1b2-0000-7000-8000-00000000000b"];
    expect(build(ids.map((id) => event({ id }))).entries.map((e) => e.id)).toEqual(ids.map((id) => `urn:uuid:${id}`));
  });

  it("says the date only as precisely as it is known, the evidence level in words, the participants and the sources", () => {
    const [entry] = build([event()]).entries;
    expect(entry!.summary).toBe("April 2024 · Diplomatic visit · Evidence: Confirmed · Iran, North Korea");
    expect(entry!.content).toBe(
      [
        "<p>April 2024 · Diplomatic visit · <strong>Evidence: Confirmed</strong> · Score +1.9</p>",
        "<p>The first known official talks since 2019.</p>",
        "<p>Participants: Iran, North Korea</p>",
        '<p>Source:</p><ul><li><a href="https://example.org/report?a=1&amp;b=2">A report</a> — Example Wire, 2 May 2024</li></ul>',
      ].join("\n"),
    );
    const dates = build([
      event({ date: "2019-01-01", precision: "year" }),
      event({ date: "2024-03-01", precision: "month" }),
      event({ date: "2024-04-23", precision: "day" }),
    ]).entries.map((e) => e.summary.split(" · ")[0]);
    expect(dates).toEqual(["2019", "March 2024", "23 April 2024"]);
  });

  it("never lets an alleged event read as confirmed", () => {
    const [entry] = build([event({ evidence: "alleged", category: "arms_transfer" })]).entries;
    expect(entry!.summary).toBe("April 2024 · Arms transfer · Evidence: Alleged · Iran, North Korea");
    expect(entry!.categories).toContainEqual({ term: "alleged", label: "Evidence: Alleged" });
    expect(`${entry!.summary} ${entry!.content}`).not.toMatch(/confirmed/i);
  });

  it("says a source has no link, and links none that is not http(s)", () => {
    const [entry] = build([
      event({
        origin: "machine",
        sources: [
          { url: null, publisher: "Unattributed report", title: "Opening words", publishedOn: null },
          { url: "javascript:alert(1)", publisher: "P", title: "T", publishedOn: null },
        ],
      }),
    ]).entries;
    expect(entry!.summary).toBe("April 2024 · Diplomatic visit · Evidence: Confirmed · Machine-coded · Iran, North Korea");
    expect(entry!.content.split("\n").at(-1)).toBe(
      "<p>Sources:</p><ul><li>Opening words — Unattributed report (no link available)</li><li>T — P (no link available)</li></ul>",
    );
  });

  it("stays well-formed and reads as typed whatever the title holds: markup, ]]>, ampersands, control characters", () => {
    const title = 'A <b>bold</b> & "quoted" ]]> claim\u0001\uFFFF';
    const [entry] = build([event({ title, summary: "<script>x</script>" })]).entries;
    expect(entry!.title).toBe('A <b>bold</b> & "quoted" ]]> claim');
    expect(entry!.content).toContain("<p>&lt;script&gt;x&lt;/script&gt;</p>");
  });
});
