// The words of an order from SIPRI's register as the atlas shows them: the event's title, its summary (the
// weapon's designation and description, numbers with SIPRI's `?`, deliveries, status, TIVs with their unit,
// comments) and its source, which cites SIPRI's database.
import type { GdeltSource } from "@/lib/gdelt/map-row";
import type { SipriOrder } from "./order";
import { SIPRI_SCORE, SIPRI_SCORE_CAMEO } from "./score";

/** SIPRI's page for the Arms Transfers Database: where a reader finds the register the event came from. */
export const SIPRI_DATABASE_URL = "https://www.sipri.org/databases/armstransfers";
export const SIPRI_PUBLISHER = "SIPRI Arms Transfers Database";

const TITLE_MAX = 200;
const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);
const mark = (uncertain: boolean) => (uncertain ? "?" : "");
/** A TIV as SIPRI means it: "0" is between 0 and 0.5 million. */
const tiv = (value: number) => (value === 0 ? "under 0.5" : String(value));

/** "Shahed-136 (loitering munition)", or whichever of the two SIPRI gives. */
export function weaponOf(order: Pick<SipriOrder, "designation" | "description">): string {
  if (order.designation && order.description) return `${order.designation} (${order.description})`;
  return order.designation || order.description;
}

/** "Iran — Shahed-136 (loitering munition) — Russia", with the atlas's names of supplier and recipient; at most 200 characters. */
export function sipriTitle(order: SipriOrder, supplierName: string, recipientName: string): string {
  return `${supplierName} — ${clip(weaponOf(order), TITLE_MAX - supplierName.length - recipientName.length - 6)} — ${recipientName}`;
}

/**
 * The summary: what SIPRI records of the order, in SIPRI's own names, every `?` kept beside its figure, TIVs in
 * millions with what they measure; then where the score comes from. At most 5,000 characters.
 */
export function sipriSummary(order: SipriOrder): string {
  const u = order.uncertain;
  const ordered = order.numberOrdered === null ? "" : `${order.numberOrdered}${mark(u.numberOrdered)} × `;
  const parts = [
    `SIPRI trade register: ${order.supplier} (supplier) to ${order.recipient} (recipient), ${ordered}${weaponOf(order)}, ordered ${order.orderYear}${mark(u.orderYear)}.`,
  ];
  if (order.numberOrdered === null) parts.push("Number ordered not known.");
  const years = order.deliveryYears.join(", ");
  if (order.numberDelivered !== null || years) {
    const count = order.numberDelivered === null ? "" : ` ${order.numberDelivered}${mark(u.numberDelivered)}`;
    parts.push(`Delivered${count}${years ? ` in ${years}` : ""}.`);
  } else {
    parts.push("No deliveries recorded.");
  }
  if (order.status) parts.push(`Status: ${order.status}.`);
  const tivs = [
    order.tivPerUnit === null ? null : `${tiv(order.tivPerUnit)} per unit`,
    order.tivOrder === null ? null : `${tiv(order.tivOrder)} for the order`,
    order.tivDelivered === null ? null : `${tiv(order.tivDelivered)} delivered`,
  ].filter(Boolean);
  if (tivs.length) parts.push(`SIPRI TIV, millions (a volume of military capability, not a price): ${tivs.join(", ")}.`);
  if (u.orderYear || u.numberOrdered || u.numberDelivered) parts.push("A ? marks a figure SIPRI gives as uncertain.");
  if (order.comments) parts.push(`Comments: ${order.comments}${/[.!?]$/.test(order.comments) ? "" : "."}`);
  parts.push(
    `Imported from SIPRI's register, not checked by an editor. Score ${SIPRI_SCORE}: the Goldstein value of CAMEO ${SIPRI_SCORE_CAMEO.code} (${SIPRI_SCORE_CAMEO.label.toLowerCase()}); SIPRI gives none.`,
  );
  return clip(parts.join(" "), 5000);
}

/** The source: SIPRI's database, its register's entry named in the title. SIPRI dates no entry: publishedOn is null. */
export function sipriSource(order: SipriOrder): GdeltSource {
  return {
    url: SIPRI_DATABASE_URL,
    publisher: SIPRI_PUBLISHER,
    title: clip(`Trade register: ${weaponOf(order)}, ${order.supplier} to ${order.recipient}, ordered ${order.orderYear}`, 500),
    publishedOn: null,
  };
}
