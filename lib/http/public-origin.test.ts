import { describe, expect, it } from "vitest";
import { FALLBACK_ORIGIN, publicOrigin, type OriginSettings } from "./public-origin";

const request = (headers: Record<string, string>, url = "http://localhost:3000/feeds/events.atom") => new Request(url, { headers });
const none: OriginSettings = {};

describe("publicOrigin", () => {
  it("is BETTER_AUTH_URL's origin when it is set, whatever the request says", () => {
    const settings = { BETTER_AUTH_URL: "https://atlas.example.org/some/path", TRUSTED_PROXIES: "loopback" };
    expect(publicOrigin(request({ host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http" }), settings)).toBe(
      "https://atlas.example.org",
    );
  });

  it("is the Host the request names, with its port, when the app answers on that host", () => {
    expect(publicOrigin(request({ host: "127.0.0.1:3211" }), none)).toBe("http://127.0.0.1:3211");
    expect(publicOrigin(request({ host: "atlas.internal:8080" }), { APP_ALLOWED_HOSTS: "other, Atlas.Internal" })).toBe("http://atlas.internal:8080");
    expect(publicOrigin(request({}), none)).toBe("http://localhost:3000");
  });

  it("ignores X-Forwarded-Host and -Proto unless TRUSTED_PROXIES is set", () => {
    const forwarded = { host: "localhost:3000", "x-forwarded-host": "atlas.internal", "x-forwarded-proto": "https" };
    expect(publicOrigin(request(forwarded), { APP_ALLOWED_HOSTS: "atlas.internal" })).toBe("http://localhost:3000");
    expect(publicOrigin(request(forwarded), { APP_ALLOWED_HOSTS: "atlas.internal", TRUSTED_PROXIES: "loopback" })).toBe("https://atlas.internal");
  });

  it("answers the fallback for a host the app does not answer on, or one that is more than a host", () => {
    for (const host of ["evil.example", "localhost@evil.example", "localhost/x", "localhost:99999", ""]) {
      expect(publicOrigin(request({ host }, "http://evil.example/feeds/events.atom"), none), host).toBe(FALLBACK_ORIGIN);
    }
    expect(publicOrigin(request({ "x-forwarded-host": "evil.example" }), { TRUSTED_PROXIES: "loopback" })).toBe(FALLBACK_ORIGIN);
  });
});
