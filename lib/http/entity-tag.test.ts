import { describe, expect, it } from "vitest";
import { evaluateIfNoneMatch, parseEntityTag, parseIfNoneMatch } from "./entity-tag";

const CURRENT = 'W/"v12-abc"';

describe("parseEntityTag (RFC 9110 §8.8.3)", () => {
  it("reads strong and weak tags", () => {
    expect(parseEntityTag('"xyzzy"')).toEqual({ weak: false, opaque: '"xyzzy"' });
    expect(parseEntityTag('W/"xyzzy"')).toEqual({ weak: true, opaque: '"xyzzy"' });
    expect(parseEntityTag('""')).toEqual({ weak: false, opaque: '""' });
  });

  it.each(['xyzzy', 'w/"xyzzy"', '"xy zzy"', '"xyzzy', 'W/ "xyzzy"', '"a" "b"'])("refuses %s", (value) => {
    expect(parseEntityTag(value)).toBeNull();
  });
});

describe("parseIfNoneMatch (RFC 9110 §13.1.2, lists per §5.6.1)", () => {
  it("reads *, one tag, and a list with whitespace and empty elements", () => {
    expect(parseIfNoneMatch("*")).toBe("*");
    expect(parseIfNoneMatch('"a"')).toEqual([{ weak: false, opaque: '"a"' }]);
    expect(parseIfNoneMatch(' , "a",W/"b" ,\t, "c" ,')).toEqual([
      { weak: false, opaque: '"a"' },
      { weak: true, opaque: '"b"' },
      { weak: false, opaque: '"c"' },
    ]);
  });

  it("keeps commas inside a tag as part of it", () => {
    expect(parseIfNoneMatch('"a,b", "c"')).toEqual([{ weak: false, opaque: '"a,b"' }, { weak: false, opaque: '"c"' }]);
  });

  it.each(['*, "a"', 'abc', '"a" "b"', '"a", b', '', ' , '])("gives null for the malformed or empty %j", (value) => {
    expect(parseIfNoneMatch(value)).toBeNull();
  });
});

describe("evaluateIfNoneMatch (RFC 9110 §13.1.2)", () => {
  it("answers 304 to GET and HEAD when a listed tag matches by weak comparison", () => {
    expect(evaluateIfNoneMatch('W/"v12-abc"', CURRENT, "GET")).toBe(304);
    expect(evaluateIfNoneMatch('"v12-abc"', CURRENT, "GET")).toBe(304);
    expect(evaluateIfNoneMatch('W/"v12-abc"', '"v12-abc"', "HEAD")).toBe(304);
    expect(evaluateIfNoneMatch('"v11-old", W/"v12-abc"', CURRENT, "GET")).toBe(304);
  });

  it("answers 304 to * whenever there is a current representation", () => {
    expect(evaluateIfNoneMatch("*", CURRENT, "GET")).toBe(304);
    expect(evaluateIfNoneMatch("*", null, "GET")).toBeNull();
  });

  it("answers 412 instead of 304 for methods other than GET and HEAD", () => {
    expect(evaluateIfNoneMatch('"v12-abc"', CURRENT, "POST")).toBe(412);
    expect(evaluateIfNoneMatch("*", CURRENT, "PUT")).toBe(412);
  });

  it("proceeds when nothing matches, the field is absent, or it is malformed", () => {
    expect(evaluateIfNoneMatch('"v11-old"', CURRENT, "GET")).toBeNull();
    expect(evaluateIfNoneMatch('W/"V12-ABC"', CURRENT, "GET")).toBeNull();
    expect(evaluateIfNoneMatch(null, CURRENT, "GET")).toBeNull();
    expect(evaluateIfNoneMatch("v12-abc", CURRENT, "GET")).toBeNull();
  });

  it("throws on a current tag that is not an entity-tag", () => {
    expect(() => evaluateIfNoneMatch("*", "v12", "GET")).toThrow(TypeError);
  });
});
