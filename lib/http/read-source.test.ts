// Which requests may read the replica: those without credentials. Anyone with a session cookie or a token reads
// the primary, so an editor sees their own edit at once.
import { describe, expect, it } from "vitest";
import { carriesCredentials } from "./read-source";

const request = (headers: Record<string, string>) => new Request("http://localhost/api/links", { headers });

describe("carriesCredentials", () => {
  it("is false for an anonymous request, even one with other cookies", () => {
    expect(carriesCredentials(request({}))).toBe(false);
    expect(carriesCredentials(request({ cookie: "theme=dark; consent=1" }))).toBe(false);
  });

  it("is true for an API token or a Better Auth session cookie, secure or not", () => {
    expect(carriesCredentials(request({ authorization: "Bearer axis_abc" }))).toBe(true);
    expect(carriesCredentials(request({ cookie: "theme=dark; better-auth.session_token=abc.def" }))).toBe(true);
    expect(carriesCredentials(request({ cookie: "__Secure-better-auth.session_token=abc.def" }))).toBe(true);
  });
});
