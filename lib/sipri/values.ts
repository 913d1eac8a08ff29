// The forms of the values in SIPRI's trade register (/work/shared/data/FORMATS.md): whole numbers of weapons,
// TIV figures in millions, a list of delivery years separated by "; ", and the `?` uncertainty marks. Each parser
// takes a trimmed cell and returns its value, or undefined when the cell is not in that form (the mapper then
// skips the row as `bad_value`, naming the column). An empty cell is a value too: "not known" or "none yet".

const WHOLE = /^\d{1,9}$/;
const DECIMAL = /^\d{1,12}(\.\d+)?$/;
const YEAR = /^\d{4}$/;

/** Number ordered / Number delivered: a whole number of weapons, or null when empty (not known, or none yet). */
export function parseCount(cell: string): number | null | undefined {
  if (cell === "") return null;
  return WHOLE.test(cell) ? Number(cell) : undefined;
}

/**
 * A SIPRI TIV column: millions of trend-indicator value (a volume of military capability, not a price), or null
 * when empty (no deliveries identified). "0" stays 0: SIPRI writes it for a value between 0 and 0.5 million.
 */
export function parseTivMillions(cell: string): number | null | undefined {
  if (cell === "") return null;
  return DECIMAL.test(cell) ? Number(cell) : undefined;
}

/** Year(s) of delivery: "2018; 2019" -> [2018, 2019]; empty -> [] (nothing delivered yet). */
export function parseDeliveryYears(cell: string): number[] | undefined {
  if (cell === "") return [];
  const years = cell.split(";").map((y) => y.trim());
  return years.every((y) => YEAR.test(y)) ? years.map(Number) : undefined;
}

/** An unnamed mark column: true for `?` (the value before it is uncertain), false when empty. */
export function parseMark(cell: string): boolean | undefined {
  if (cell === "") return false;
  return cell === "?" ? true : undefined;
}

/** Year of order: a four-digit year from `earliest` to `latest`, or undefined. */
export function parseOrderYear(cell: string, earliest: number, latest: number): number | undefined {
  if (!YEAR.test(cell)) return undefined;
  const year = Number(cell);
  return year >= earliest && year <= latest ? year : undefined;
}
