// One line of SIPRI's trade-register CSV -> its fields. SIPRI separates fields with commas and puts double quotes
// around a field that holds a comma (/work/shared/data/FORMATS.md); a quote inside a quoted field is doubled, as
// RFC 4180 has it. The register's fields hold no line breaks, so a record is one line and the importer can stream
// the file line by line.

/**
 * Splits one CSV line into its fields, quotes removed and doubled quotes undone; spaces are kept (the caller
 * trims). Returns null when a quoted field is not closed on the line (a record broken across lines, or a stray
 * quote), which the mapper reports rather than guessing where the field ends.
 */
export function splitCsvLine(line: string): string[] | null {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    // Spaces before an opening quote are tolerated: `a, "b, c"` is two fields.
    let j = i;
    while (line[j] === " ") j++;
    if (line[j] === '"') {
      let value = "";
      j++;
      for (;;) {
        const close = line.indexOf('"', j);
        if (close < 0) return null;
        value += line.slice(j, close);
        if (line[close + 1] === '"') {
          value += '"';
          j = close + 2;
          continue;
        }
        j = close + 1;
        break;
      }
      // Anything between the closing quote and the next comma (spaces, in practice) is kept with the field.
      const comma = line.indexOf(",", j);
      fields.push(value + (comma < 0 ? line.slice(j) : line.slice(j, comma)));
      if (comma < 0) return fields;
      i = comma + 1;
    } else {
      const comma = line.indexOf(",", i);
      fields.push(comma < 0 ? line.slice(i) : line.slice(i, comma));
      if (comma < 0) return fields;
      i = comma + 1;
    }
  }
}
