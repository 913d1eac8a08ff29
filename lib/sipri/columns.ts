// Where each column of SIPRI's trade register is, read from its header row. The download puts about eleven lines
// of explanation before the header, so the header is found by what it says, not where it is
// (/work/shared/data/FORMATS.md). Its 16 columns: Recipient, Supplier, Year of order, " ", Number ordered, " ",
// Weapon designation, Weapon description, Number delivered, " ", Year(s) of delivery, status, Comments, SIPRI TIV
// per unit, SIPRI TIV for total order, SIPRI TIV of delivered weapons. The three columns named by a space hold
// SIPRI's `?` for the value before them (year of order, number ordered, number delivered) when it is uncertain.

/** The named columns the importer reads, by their header text (compared trimmed and case-insensitively). */
export const SIPRI_COLUMNS = {
  recipient: "Recipient",
  supplier: "Supplier",
  orderYear: "Year of order",
  numberOrdered: "Number ordered",
  designation: "Weapon designation",
  description: "Weapon description",
  numberDelivered: "Number delivered",
  deliveryYears: "Year(s) of delivery",
  status: "status",
  comments: "Comments",
  tivPerUnit: "SIPRI TIV per unit",
  tivOrder: "SIPRI TIV for total order",
  tivDelivered: "SIPRI TIV of delivered weapons",
} as const;
export type SipriColumn = keyof typeof SIPRI_COLUMNS;

/** The columns whose next, unnamed column holds SIPRI's `?` uncertainty mark. */
export const MARKED_COLUMNS = ["orderYear", "numberOrdered", "numberDelivered"] as const;
export type MarkedColumn = (typeof MARKED_COLUMNS)[number];

export interface SipriLayout {
  /** Each named column's index. */
  at: Record<SipriColumn, number>;
  /** The index of the `?` column that follows each marked column. */
  markAt: Record<MarkedColumn, number>;
  /** How many columns the header has. */
  width: number;
}

const normal = (cell: string) => cell.replace(/^\uFEFF/, "").trim().toLowerCase();

/** Whether a line's cells are the header: they include Recipient, Supplier, Year of order and Weapon designation. */
export function isSipriHeader(cells: readonly string[]): boolean {
  const names = new Set(cells.map(normal));
  return ["recipient", "supplier", "year of order", "weapon designation"].every((name) => names.has(name));
}

/**
 * The layout of a header row (its cells, as split from the CSV). Throws an Error naming the columns it lacks, or
 * the marked column not followed by an unnamed `?` column.
 */
export function readSipriLayout(cells: readonly string[]): SipriLayout {
  const names = cells.map(normal);
  const at = Object.fromEntries(
    Object.entries(SIPRI_COLUMNS).map(([key, name]) => [key, names.indexOf(name.toLowerCase())]),
  ) as Record<SipriColumn, number>;
  const missing = (Object.keys(at) as SipriColumn[]).filter((key) => at[key] < 0).map((key) => `"${SIPRI_COLUMNS[key]}"`);
  if (missing.length) throw new Error(`not a SIPRI trade register: its header has no ${missing.join(", ")} column`);
  const markAt = {} as Record<MarkedColumn, number>;
  for (const key of MARKED_COLUMNS) {
    const next = at[key] + 1;
    if (next >= names.length || names[next] !== "") {
      throw new Error(`not a SIPRI trade register as downloaded: the column after "${SIPRI_COLUMNS[key]}" should be the unnamed one holding "?" marks`);
    }
    markAt[key] = next;
  }
  return { at, markAt, width: cells.length };
}
