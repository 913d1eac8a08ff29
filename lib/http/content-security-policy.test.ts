import { describe, expect, it } from "vitest";
import { contentSecurityPolicy } from "./content-security-policy";

describe("contentSecurityPolicy", () => {
  it("lets no site frame a page, and any site frame an embed", () => {
    expect(contentSecurityPolicy("n", { dev: false, remoteMapStyle: false })).toContain("frame-ancestors 'none'");
    const embed = contentSecurityPolicy("n", { dev: false, remoteMapStyle: false, embeddable: true });
    expect(embed).toContain("frame-ancestors *");
    expect(embed).not.toContain("frame-ancestors 'none'");
    expect(embed).toContain("script-src 'self' 'nonce-n' 'strict-dynamic'");
  });
});
