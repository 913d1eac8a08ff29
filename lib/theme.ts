// The reader's choice of colours (issue 17, part 5): follow the system (prefers-color-scheme), or always light, or
// always dark. Kept in a cookie so the server renders <html data-theme> with the first byte: no flash of the
// other theme before JavaScript runs. Client-safe: the layout, the switch and the map all read this.

export const THEME_COOKIE = "axis-theme";

export const THEME_CHOICES = ["system", "light", "dark"] as const;
export type ThemeChoice = (typeof THEME_CHOICES)[number];
/** The colours actually in use: a "system" choice resolves to one of these by the media query. */
export type Theme = Exclude<ThemeChoice, "system">;

/** A year: the choice is a preference, not a session. */
export const THEME_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

/** The cookie's value as a choice; anything else (absent, tampered with) follows the system. */
export function parseThemeChoice(value: string | null | undefined): ThemeChoice {
  return (THEME_CHOICES as readonly string[]).includes(value ?? "") ? (value as ThemeChoice) : "system";
}

/** The theme in use for a choice, given whether the system prefers dark. */
export function resolveTheme(choice: ThemeChoice, systemPrefersDark: boolean): Theme {
  if (choice === "system") return systemPrefersDark ? "dark" : "light";
  return choice;
}
