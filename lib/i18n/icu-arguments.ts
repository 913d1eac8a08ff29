// What an ICU message takes: its arguments (with their kind: plain, plural, select, number, ...) and its rich-text
// tags, collected through nested plural and select branches. Enough of ICU MessageFormat to compare translations
// (lib/i18n/messages.test.ts); next-intl's own parser formats the messages.

export interface IcuShape {
  /** "count:plural", "name:" (plain), ... sorted and unique. */
  args: string[];
  /** Rich-text tag names (<b>...</b> gives "b"), sorted and unique. */
  tags: string[];
  /** For each plural argument, the branch keys it lists ("one", "other", "=0"). */
  plurals: { arg: string; keys: string[] }[];
}

/** Parses `message`'s arguments and tags; throws on unbalanced braces. */
export function icuShape(message: string): IcuShape {
  const args = new Set<string>();
  const tags = new Set<string>();
  const plurals: { arg: string; keys: string[] }[] = [];
  let i = 0;

  const skipSpace = () => {
    while (i < message.length && /\s/.test(message[i]!)) i++;
  };
  const readUntil = (stops: string) => {
    const start = i;
    while (i < message.length && !stops.includes(message[i]!)) i++;
    return message.slice(start, i).trim();
  };

  /** Text until an unmatched "}" (or the end at depth 0). */
  function parseText(depth: number): void {
    while (i < message.length) {
      const c = message[i]!;
      if (c === "'" && (message[i + 1] === "{" || message[i + 1] === "}")) {
        // ICU quoting: '{' is a literal brace, up to the next apostrophe.
        const end = message.indexOf("'", i + 1);
        i = end < 0 ? message.length : end + 1;
      } else if (c === "{") {
        i++;
        parseArgument();
      } else if (c === "}") {
        if (depth === 0) throw new Error(`Unbalanced "}" at ${i} in: ${message}`);
        return;
      } else if (c === "<") {
        const m = /^<\/?([a-zA-Z][\w-]*)>/.exec(message.slice(i));
        if (m) tags.add(m[1]!);
        i += m ? m[0].length : 1;
      } else i++;
    }
    if (depth > 0) throw new Error(`Unclosed "{" in: ${message}`);
  }

  function parseArgument(): void {
    const name = readUntil(",}");
    if (message[i] === "}") {
      args.add(`${name}:`);
      i++;
      return;
    }
    i++; // ","
    const kind = readUntil(",}");
    args.add(`${name}:${kind}`);
    if (message[i] === "}") {
      i++;
      return;
    }
    i++; // ","
    if (kind === "plural" || kind === "select" || kind === "selectordinal") {
      const keys: string[] = [];
      for (;;) {
        skipSpace();
        if (message[i] === "}") {
          i++;
          break;
        }
        const key = readUntil("{}");
        if (message[i] !== "{") throw new Error(`Expected "{" after ${key} in: ${message}`);
        if (!key.startsWith("offset:")) keys.push(key);
        i++;
        parseText(1);
        i++; // the branch's "}"
      }
      if (kind === "plural") plurals.push({ arg: name, keys: keys.sort() });
    } else {
      // A style ({n, number, ::percent}): skip to the closing brace.
      readUntil("}");
      i++;
    }
  }

  parseText(0);
  return { args: [...args].sort(), tags: [...tags].sort(), plurals };
}
