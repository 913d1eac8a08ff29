// Builders for SIPRI trade-register lines in unit tests: the header as SIPRI's download writes it, and an order
// row (a made-up Iran -> Russia order unless told otherwise) with chosen cells changed.

/** The 16-column header, its three unnamed `?` columns written as SIPRI writes them: a quoted space. */
export const SIPRI_HEADER =
  'Recipient,Supplier,Year of order," ",Number ordered," ",Weapon designation,Weapon description,Number delivered," ",Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons';

export interface SipriRowCells {
  recipient?: string;
  supplier?: string;
  orderYear?: string;
  orderYearMark?: string;
  numberOrdered?: string;
  numberOrderedMark?: string;
  designation?: string;
  description?: string;
  numberDelivered?: string;
  numberDeliveredMark?: string;
  deliveryYears?: string;
  status?: string;
  comments?: string;
  tivPerUnit?: string;
  tivOrder?: string;
  tivDelivered?: string;
}

const quote = (cell: string) => (/[",]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);

/** A row in the header's column order; cells holding a comma or a quote are quoted as SIPRI's CSV does. */
export function sipriRow(cells: SipriRowCells = {}): string {
  const c = {
    recipient: "Russia", supplier: "Iran", orderYear: "2022", orderYearMark: "", numberOrdered: "2000", numberOrderedMark: "?",
    designation: "Shahed-136", description: "loitering munition", numberDelivered: "1800", numberDeliveredMark: "?",
    deliveryYears: "2022; 2023", status: "New", comments: "Made up for tests", tivPerUnit: "0.03", tivOrder: "60", tivDelivered: "54",
    ...cells,
  };
  return [
    c.recipient, c.supplier, c.orderYear, c.orderYearMark, c.numberOrdered, c.numberOrderedMark, c.designation, c.description,
    c.numberDelivered, c.numberDeliveredMark, c.deliveryYears, c.status, c.comments, c.tivPerUnit, c.tivOrder, c.tivDelivered,
  ].map(quote).join(",");
}
