import { describe, expect, it } from "vitest";
import { matchVersionedPath, versionedTemplate } from "./versioned-paths";

describe("matchVersionedPath", () => {
  it("finds the read and its path parameters", () => {
    expect(matchVersionedPath(["links"])).toEqual({ path: "/api/links", params: {} });
    expect(matchVersionedPath(["links", "KP-IR"])).toEqual({ path: "/api/links/{id}", params: { id: "KP-IR" } });
    expect(matchVersionedPath(["links", "IR-KP", "events"])).toEqual({ path: "/api/links/{id}/events", params: { id: "IR-KP" } });
    expect(matchVersionedPath(["countries", "KP"])).toEqual({ path: "/api/countries/{iso2}", params: { iso2: "KP" } });
  });

  it("finds nothing for reads that depend on who asks or are not cached, or for no read at all", () => {
    for (const segments of [["events", "0190c0de-0000-7000-8000-000000000000"], ["export", "links.csv"], ["changes"], ["links", "IR-KP", "other"], []]) {
      expect(matchVersionedPath(segments), segments.join("/")).toBeNull();
    }
  });
});

describe("versionedTemplate", () => {
  it("writes the versioned path as OpenAPI does", () => {
    expect(versionedTemplate("/api/links/{id}/events")).toBe("/api/v/{version}/links/{id}/events");
  });
});
