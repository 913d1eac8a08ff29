// One order of SIPRI's trade register -> one atlas event, or the reason it cannot be one. The register is a CSV of
// 16 columns after about eleven lines of explanation (/work/shared/data/FORMATS.md); `preamble` reads those lines
// and the header, `map` each order after them. Pure, like lib/icews/map-row.ts, whose event shape it shares.
//
// One event per order, not per delivery year: the register lists orders, each with its year(s) of delivery but
// the TIV of all its deliveries together, so an event per delivery year would need a split of the TIV that SIPRI
// does not give. The event is dated to the year of order (year precision, 1 January to 31 December), lists its
// deliveries in the summary, and keeps the TIV for the total order (tivMillions: the order's size; the delivered
// TIV is in the summary). Its supplier and recipient are its participants, with those roles.
import { todayIso } from "@/lib/domain/months";
import { EARLIEST_DATE } from "@/lib/schemas/event-input";
import type { AtlasCountry } from "@/lib/gdelt/countries";
import type { GdeltEvent, GdeltRowResult } from "@/lib/gdelt/map-row";
import { isSipriHeader, readSipriLayout, SIPRI_COLUMNS, type SipriColumn, type SipriLayout } from "./columns";
import { createSipriPartyResolver, type SipriPartyReason } from "./countries";
import { sipriSource, sipriSummary, sipriTitle } from "./describe-order";
import { sipriOrderKey } from "./order-key";
import { sipriEvidence, type SipriOrder } from "./order";
import { SIPRI_SCORE } from "./score";
import { splitCsvLine } from "./split-csv-line";
import { parseCount, parseDeliveryYears, parseMark, parseOrderYear, parseTivMillions } from "./values";

/** How many lines may come before the header (SIPRI's download has about eleven). */
export const MAX_PREAMBLE_LINES = 50;

const PARTY_MESSAGES: Record<SipriPartyReason, string> = {
  unknown_party: "is not identified by SIPRI",
  organisation: "is an international organisation (SIPRI's **), not a state",
  non_state_actor: "is a non-state armed group (SIPRI's *), not a state",
  former_state: "is a state that no longer exists (the atlas has today's states; see lib/sipri/README.md)",
  unknown_country_name: "is not a country name the importer knows (lib/sipri/countries.ts)",
  not_in_atlas: "is not one of the atlas's countries",
};

export interface SipriMapper {
  /**
   * Reads a line of the file before its orders. `lineNo` is 1-based within the file (or zip member); line 1
   * starts a new file. Returns true while the line is explanation or the header row (not an order), false once the
   * header has been read. Throws an Error when no header has come by line MAX_PREAMBLE_LINES, or the header lacks a
   * column (readSipriLayout).
   */
  preamble(line: string, lineNo: number): boolean;
  /** Throws an Error when the file (or zip member) just read ended before its header row. */
  endFile(): void;
  /** Maps one order row; call after preamble returned false for it. */
  map(line: string): GdeltRowResult;
}

/**
 * Builds the mapper for the atlas's countries. `today` (YYYY-MM-DD, default today UTC) bounds the year of order,
 * as EARLIEST_DATE's year does from below.
 */
export function createSipriMapper(options: { countries: readonly AtlasCountry[]; today?: string }): SipriMapper {
  const resolve = createSipriPartyResolver(new Set(options.countries.map((c) => c.id)));
  const names = new Map(options.countries.map((c) => [c.id, c.name]));
  const latestYear = Number((options.today ?? todayIso()).slice(0, 4));
  const earliestYear = Number(EARLIEST_DATE.slice(0, 4));
  let layout: SipriLayout | null = null;
  let started = false;
  /** How often each order key came up in this file: identical rows get :2, :3 (order-key.ts). */
  let seen = new Map<string, number>();

  function preamble(line: string, lineNo: number): boolean {
    if (lineNo === 1) {
      layout = null;
      seen = new Map();
    }
    started = true;
    if (layout) return false;
    const cells = splitCsvLine(line.replaceAll("\0", ""));
    if (cells && isSipriHeader(cells)) {
      layout = readSipriLayout(cells);
      return true;
    }
    if (lineNo >= MAX_PREAMBLE_LINES) throw noHeader();
    return true;
  }

  function endFile() {
    if (started && !layout) throw noHeader();
    started = false;
  }

  function map(raw: string): GdeltRowResult {
    if (!layout) throw new Error("preamble must read the header first");
    const { at, markAt, width } = layout;
    const cells = splitCsvLine(raw.replaceAll("\0", ""));
    if (!cells) return { ok: false, reason: "column_count", message: "a quoted field is not closed on its line" };
    // A spreadsheet may add empty cells at the end of a row; anything else is a row of another shape.
    if (cells.length < width || cells.slice(width).some((c) => c.trim())) {
      return { ok: false, reason: "column_count", message: `${cells.length} columns, the header has ${width}` };
    }
    const get = (column: SipriColumn) => cells[at[column]]!.trim();
    /** A cell not in its column's form (values.ts), named by its header text. */
    const bad = (column: string, cell: string): GdeltRowResult => ({ ok: false, reason: "bad_value", message: `${column} "${cell}" is not in SIPRI's form` });

    const [supplierName, recipientName] = [get("supplier"), get("recipient")];
    const supplier = resolve(supplierName);
    if (!supplier.ok) return { ok: false, reason: supplier.reason, message: `Supplier "${supplierName}" ${PARTY_MESSAGES[supplier.reason]}` };
    const recipient = resolve(recipientName);
    if (!recipient.ok) return { ok: false, reason: recipient.reason, message: `Recipient "${recipientName}" ${PARTY_MESSAGES[recipient.reason]}` };
    if (supplier.id === recipient.id) {
      return { ok: false, reason: "same_country", message: `Supplier "${supplierName}" and Recipient "${recipientName}" are both ${supplier.id}` };
    }

    const orderYear = parseOrderYear(get("orderYear"), earliestYear, latestYear);
    if (orderYear === undefined) {
      return { ok: false, reason: "bad_order_year", message: `${SIPRI_COLUMNS.orderYear} "${get("orderYear")}" is not a year from ${earliestYear} to ${latestYear}` };
    }
    const uncertain = { orderYear: false, numberOrdered: false, numberDelivered: false };
    for (const column of ["orderYear", "numberOrdered", "numberDelivered"] as const) {
      const cell = cells[markAt[column]]!.trim();
      const marked = parseMark(cell);
      if (marked === undefined) return bad(`The "?" column after ${SIPRI_COLUMNS[column]}`, cell);
      uncertain[column] = marked;
    }
    const numberOrdered = parseCount(get("numberOrdered"));
    if (numberOrdered === undefined) return bad(SIPRI_COLUMNS.numberOrdered, get("numberOrdered"));
    const numberDelivered = parseCount(get("numberDelivered"));
    if (numberDelivered === undefined) return bad(SIPRI_COLUMNS.numberDelivered, get("numberDelivered"));
    const deliveryYears = parseDeliveryYears(get("deliveryYears"));
    if (deliveryYears === undefined) return bad(SIPRI_COLUMNS.deliveryYears, get("deliveryYears"));
    const tivs: Partial<Record<"tivPerUnit" | "tivOrder" | "tivDelivered", number | null>> = {};
    for (const column of ["tivPerUnit", "tivOrder", "tivDelivered"] as const) {
      const value = parseTivMillions(get(column));
      if (value === undefined) return bad(SIPRI_COLUMNS[column], get(column));
      tivs[column] = value;
    }
    const [designation, description] = [get("designation"), get("description")];
    if (!designation && !description) {
      return { ok: false, reason: "bad_value", message: `${SIPRI_COLUMNS.designation} and ${SIPRI_COLUMNS.description} are both empty` };
    }

    const order: SipriOrder = {
      supplier: supplierName,
      recipient: recipientName,
      orderYear,
      numberOrdered,
      designation,
      description,
      numberDelivered,
      deliveryYears,
      status: get("status"),
      comments: get("comments"),
      tivPerUnit: tivs.tivPerUnit ?? null,
      tivOrder: tivs.tivOrder ?? null,
      tivDelivered: tivs.tivDelivered ?? null,
      uncertain,
    };
    const keyFields = { supplier: supplierName, recipient: recipientName, orderYear: get("orderYear"), designation, description, numberOrdered: get("numberOrdered") };
    const firstKey = sipriOrderKey(keyFields);
    const occurrence = (seen.get(firstKey) ?? 0) + 1;
    seen.set(firstKey, occurrence);

    return {
      ok: true,
      event: {
        externalId: sipriOrderKey(keyFields, occurrence),
        date: `${orderYear}-01-01`,
        precision: "year",
        countries: [supplier.id, recipient.id],
        roles: ["supplier", "recipient"],
        evidence: sipriEvidence(order),
        tivMillions: order.tivOrder,
        category: "arms_transfer",
        score: SIPRI_SCORE,
        // SIPRI codes no CAMEO event, and CAMEO has none for an arms delivery: none is claimed (score.ts).
        cameoCode: null,
        title: sipriTitle(order, names.get(supplier.id)!, names.get(recipient.id)!),
        summary: sipriSummary(order),
        source: sipriSource(order),
      } satisfies GdeltEvent,
    };
  }

  return { preamble, endFile, map };
}

function noHeader(): Error {
  return new Error(
    `not a SIPRI trade register: no header row (${SIPRI_COLUMNS.recipient}, ${SIPRI_COLUMNS.supplier}, ${SIPRI_COLUMNS.orderYear}, …) in its first ${MAX_PREAMBLE_LINES} lines`,
  );
}
