// Turns one line of a file published in Latin-1 (SIPRI's trade register) into text. The line arrives with each
// byte as one character (Node's "latin1" decoding, which maps byte n to U+00nn and so loses nothing). Two
// things can be wrong with reading those bytes as ISO-8859-1 literally, and both would put wrong characters
// into the atlas without anyone noticing:
// - Bytes 0x80-0x9F are control codes in ISO-8859-1 but curly quotes, dashes and the euro sign in Windows-1252,
//   which is what files called Latin-1 hold in practice; the WHATWG Encoding Standard (which browsers follow)
//   reads the label "latin1" as windows-1252 for that reason. So do we. (Node 20's TextDecoder("windows-1252")
//   decodes those bytes as ISO-8859-1 all the same, so the 32 are mapped here, from WHATWG's index-windows-1252;
//   checked against Python's cp1252 codec. Its five unassigned bytes stay U+0081, U+008D, U+008F, U+0090, U+009D.)
// - A copy re-saved as UTF-8 (by a spreadsheet, say) would read "CÃ´te d'Ivoire". A line whose bytes are
//   valid UTF-8 with at least one multi-byte sequence is read as UTF-8: real Latin-1 text practically never
//   is (it would need a letter such as "Ã" followed by a byte from 0x80-0xBF), so this repairs re-saved files
//   without misreading published ones.

const strictUtf8 = new TextDecoder("utf-8", { fatal: true });
const NON_ASCII = /[\x80-\xff]/;
const C1 = /[\x80-\x9f]/g;
/** Windows-1252's characters for bytes 0x80-0x9F, in order. */
const WINDOWS_1252_C1 = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";

/**
 * Takes a line decoded byte-for-byte ("latin1" in Node: one character per byte, U+0000-U+00FF); returns its
 * text: as UTF-8 when its bytes are valid UTF-8, otherwise as Windows-1252 (Latin-1 as the web reads it).
 * ASCII lines come back unchanged. Never throws.
 */
export function decodeLatin1Line(bytesAsText: string): string {
  if (!NON_ASCII.test(bytesAsText)) return bytesAsText;
  const bytes = Buffer.from(bytesAsText, "latin1");
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return bytesAsText.replace(C1, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]!);
  }
}
