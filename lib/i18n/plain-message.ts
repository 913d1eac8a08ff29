// A message's text for code outside React's server rendering (a route handler such as GET /api/docs). next-intl's
// getTranslations needs the react-server build and its request config, which a route handler under test (vitest, no
// react-server condition) does not have, and the build precompiles the messages it imports (next.config.js); so this
// reads the locale's messages/*.json as written, with no loader in between.
import "server-only";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Locale } from "./locales";

const files = new Map<Locale, Record<string, unknown>>();

/**
 * Takes a locale and a dotted key ("docs.title"). Returns that message's text, which must be plain: no ICU
 * arguments, plurals or tags (lib/i18n/messages.test.ts checks the keys read this way). Throws when the file or the
 * key is missing or the message is not a string.
 */
export function plainMessage(locale: Locale, key: string): string {
  let messages = files.get(locale);
  if (!messages) {
    messages = JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Record<string, unknown>;
    files.set(locale, messages);
  }
  const value = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], messages);
  if (typeof value !== "string") throw new Error(`messages/${locale}.json has no message ${key}`);
  return value;
}

/** Keys read with plainMessage: they must stay plain text in every locale. */
export const PLAIN_MESSAGE_KEYS = ["docs.title"] as const;
