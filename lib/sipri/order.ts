// One order of SIPRI's trade register, its cells read and checked (map-row.ts), and the evidence level it earns.
import type { EvidenceLevel } from "@/lib/domain/vocabulary";

export interface SipriOrder {
  /** Supplier and Recipient as SIPRI writes them. */
  supplier: string;
  recipient: string;
  orderYear: number;
  /** Number ordered; null when SIPRI does not know it yet. */
  numberOrdered: number | null;
  designation: string;
  description: string;
  /** Number delivered; null when none is recorded. */
  numberDelivered: number | null;
  /** Year(s) of delivery, as listed; empty when nothing was delivered yet. */
  deliveryYears: number[];
  status: string;
  comments: string;
  /** SIPRI TIV per unit, for the total order and of the delivered weapons, in millions; null when empty. */
  tivPerUnit: number | null;
  tivOrder: number | null;
  tivDelivered: number | null;
  /** SIPRI's `?` after Year of order, Number ordered and Number delivered: the value is SIPRI's estimate. */
  uncertain: { orderYear: boolean; numberOrdered: boolean; numberDelivered: boolean };
}

/**
 * The evidence level of an order. SIPRI's register is curated: its researchers enter a transfer once open sources
 * establish it, and mark with `?` what they could only estimate. So an order without any `?` is "confirmed" (SIPRI
 * states it without reservation, as the seed calls confirmed what its source states as fact), and an order with a
 * `?` on its year, number ordered or number delivered is "reported" (SIPRI records it, but part of it is an
 * estimate): never "confirmed" when marked uncertain. Never "alleged": the register holds no accusations.
 */
export function sipriEvidence(order: Pick<SipriOrder, "uncertain">): EvidenceLevel {
  const { orderYear, numberOrdered, numberDelivered } = order.uncertain;
  return orderYear || numberOrdered || numberDelivered ? "reported" : "confirmed";
}
