import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { compileTrustedProxies, forwardedFacts, rewriteForwardedHeaders, TRUST_NOBODY } from "./trusted-proxies";

/** A request as Node.js hands it to the server: the socket's peer address and the headers as received. */
const request = (peer: string | undefined, headers: Record<string, string> = {}, encrypted = false) =>
  ({ socket: { remoteAddress: peer, encrypted }, headers: { ...headers } }) as unknown as IncomingMessage;

const spoofed = { "x-forwarded-for": "198.51.100.99", "x-forwarded-host": "evil.example", "x-forwarded-proto": "https", host: "atlas.test" };

describe("compileTrustedProxies", () => {
  it("trusts nobody when unset or blank", () => {
    for (const setting of [undefined, "", " , "]) expect(compileTrustedProxies(setting)("127.0.0.1", 0)).toBe(false);
  });

  it("reads names, addresses and CIDR ranges", () => {
    const trust = compileTrustedProxies("loopback, 10.0.0.0/8, 192.0.2.7, fd00::/8");
    expect(["127.0.0.1", "::1", "10.1.2.3", "192.0.2.7", "fd12::1"].map((a) => trust(a, 0))).toEqual([true, true, true, true, true]);
    expect(["192.0.2.8", "11.0.0.1", "2001:db8::1"].map((a) => trust(a, 0))).toEqual([false, false, false]);
  });

  it("names the entry it cannot read", () => {
    expect(() => compileTrustedProxies("loopback, proxy.internal")).toThrow('"proxy.internal" is not an IP address');
    expect(() => compileTrustedProxies("10.0.0.0/33")).toThrow('"10.0.0.0/33"');
  });
});

describe("forwardedFacts", () => {
  it("believes nothing a client says about itself when its peer is not a trusted proxy", () => {
    expect(forwardedFacts(request("203.0.113.5", spoofed), TRUST_NOBODY)).toEqual({ clientAddress: "203.0.113.5", host: "atlas.test", proto: "http" });
    const loopbackOnly = compileTrustedProxies("loopback");
    expect(forwardedFacts(request("203.0.113.5", spoofed), loopbackOnly).clientAddress).toBe("203.0.113.5");
  });

  it("believes a trusted proxy about the client, the host and the scheme", () => {
    const trust = compileTrustedProxies("loopback");
    const facts = forwardedFacts(request("127.0.0.1", { ...spoofed, "x-forwarded-for": "198.51.100.4", "x-forwarded-host": "atlas.example.org" }), trust);
    expect(facts).toEqual({ clientAddress: "198.51.100.4", host: "atlas.example.org", proto: "https" });
  });

  it("walks X-Forwarded-For only as far back as the proxies are trusted", () => {
    const trust = compileTrustedProxies("10.0.0.0/8");
    // The client made up 198.51.100.99; the first proxy appended the address it really saw, 203.0.113.9.
    const chain = { "x-forwarded-for": "198.51.100.99, 203.0.113.9, 10.0.0.2" };
    expect(forwardedFacts(request("10.0.0.1", chain), trust).clientAddress).toBe("203.0.113.9");
  });

  it("takes the socket's TLS for the scheme, and the first entry of a listed X-Forwarded-Host", () => {
    expect(forwardedFacts(request("203.0.113.5", { host: "atlas.test" }, true), TRUST_NOBODY).proto).toBe("https");
    const trust = compileTrustedProxies("loopback");
    expect(forwardedFacts(request("::1", { "x-forwarded-host": "a.example, b.example", host: "x" }), trust).host).toBe("a.example");
  });

  it("ignores a forwarded host or scheme that is not one, even from a trusted proxy", () => {
    const trust = compileTrustedProxies("loopback");
    const facts = forwardedFacts(request("127.0.0.1", { "x-forwarded-host": "evil.example/path", "x-forwarded-proto": "javascript", host: "atlas.test" }), trust);
    expect(facts).toMatchObject({ host: "atlas.test", proto: "http" });
  });

  it("gives an IPv4 client on a dual-stack socket as plain IPv4, and an unknown peer as unknown", () => {
    expect(forwardedFacts(request("::ffff:203.0.113.5"), TRUST_NOBODY).clientAddress).toBe("203.0.113.5");
    expect(forwardedFacts(request(undefined, spoofed), TRUST_NOBODY).clientAddress).toBe("unknown");
  });
});

describe("rewriteForwardedHeaders", () => {
  it("replaces a direct client's forwarded headers with what is true, and drops the ones nothing checks", () => {
    const req = request("203.0.113.5", { ...spoofed, forwarded: "for=1.2.3.4", "x-real-ip": "1.2.3.4", "x-forwarded-port": "443" });
    rewriteForwardedHeaders(req, TRUST_NOBODY);
    expect(req.headers).toEqual({ host: "atlas.test", "x-forwarded-for": "203.0.113.5", "x-forwarded-host": "atlas.test", "x-forwarded-proto": "http" });
  });

  it("keeps what a trusted proxy says, with X-Forwarded-For reduced to the client", () => {
    const req = request("127.0.0.1", { "x-forwarded-for": "198.51.100.4, 127.0.0.1", "x-forwarded-host": "atlas.example.org", "x-forwarded-proto": "https", "x-forwarded-port": "443", host: "127.0.0.1:3000" });
    rewriteForwardedHeaders(req, compileTrustedProxies("loopback"));
    expect(req.headers).toMatchObject({ "x-forwarded-for": "198.51.100.4", "x-forwarded-host": "atlas.example.org", "x-forwarded-proto": "https", "x-forwarded-port": "443" });
  });
});
