import { describe, expect, it } from "vitest";
import { matchLocale } from "./locales";
import { acceptedLanguages, negotiateLocale } from "./negotiate";

describe("matchLocale", () => {
  it("matches exact tags, regions and script subtags, any case", () => {
    expect(matchLocale("ko-KR")).toBe("ko");
    expect(matchLocale("FA")).toBe("fa");
    expect(matchLocale("zh-hans")).toBe("zh-Hans");
    expect(matchLocale("zh-CN")).toBe("zh-Hans");
    expect(matchLocale("zh")).toBe("zh-Hans");
  });

  it("does not give Simplified Chinese to readers of Traditional Chinese, nor match unknown languages", () => {
    expect(matchLocale("zh-TW")).toBeNull();
    expect(matchLocale("zh-Hant-HK")).toBeNull();
    expect(matchLocale("de")).toBeNull();
    expect(matchLocale("")).toBeNull();
  });
});

describe("acceptedLanguages", () => {
  it("orders by quality, keeps ties in order and drops q=0", () => {
    expect(acceptedLanguages("de;q=0.9, ru, fa;q=0, ko;q=0.9")).toEqual(["ru", "de", "ko"]);
  });
});

describe("negotiateLocale", () => {
  it("prefers ?lang=, then the cookie, then Accept-Language, then English", () => {
    expect(negotiateLocale({ param: "fa", cookie: "ko", acceptLanguage: "ru" })).toEqual({ locale: "fa", from: "param" });
    expect(negotiateLocale({ param: "xx", cookie: "ko", acceptLanguage: "ru" })).toEqual({ locale: "ko", from: "cookie" });
    expect(negotiateLocale({ cookie: "nonsense", acceptLanguage: "de-DE,ru;q=0.8" })).toEqual({ locale: "ru", from: "header" });
    expect(negotiateLocale({ acceptLanguage: "de-DE" })).toEqual({ locale: "en", from: "default" });
  });
});
