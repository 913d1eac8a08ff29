/** The flag emoji for an alpha-2 code, built from Unicode regional indicator letters ("KP" -> 🇰🇵). */
export function flagEmoji(iso2: string): string {
  return [...iso2.toUpperCase()].map((c) => String.fromCodePoint(0x1f1e6 + c.charCodeAt(0) - 65)).join("");
}
