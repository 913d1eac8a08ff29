// The external id of an order from SIPRI's register. The register gives an order no id, so the id is made from
// what identifies the order in it: supplier, recipient, year of order, weapon designation, weapon description and
// number ordered (SIPRI's names as written, case and spacing evened out). The `?` marks, deliveries, status,
// comments and TIVs are left out, so a later edition that delivers more or drops a `?` keeps the id; one that
// revises the year, the number or the weapon's name makes a new id, and the old event stays until an editor
// retires it (the register gives nothing to follow an order across such revisions).
import { createHash } from "node:crypto";

export interface OrderKeyFields {
  supplier: string;
  recipient: string;
  orderYear: string;
  designation: string;
  description: string;
  numberOrdered: string;
}

const even = (text: string) => text.trim().replace(/\s+/g, " ").toLowerCase();

/**
 * "sipri:" + the first 20 hex digits (80 bits) of the SHA-256 of the order's fields. `occurrence` (1-based) is how
 * many rows of the same file had this key so far: identical rows are separate entries in the register, so the
 * second is "sipri:<hash>:2", and so on. The count restarts with each file, so importing a file again, or an
 * overlapping download, finds the same ids.
 */
export function sipriOrderKey(fields: OrderKeyFields, occurrence = 1): string {
  const text = [fields.supplier, fields.recipient, fields.orderYear, fields.designation, fields.description, fields.numberOrdered].map(even).join("\u001f");
  const hash = createHash("sha256").update(text, "utf8").digest("hex").slice(0, 20);
  return occurrence > 1 ? `sipri:${hash}:${occurrence}` : `sipri:${hash}`;
}
