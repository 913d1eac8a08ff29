// npm run import:sipri -- FILE... : imports SIPRI Arms Transfers Database trade registers (the CSV as SIPRI's
// download gives it: Latin-1, explanatory lines before the header, `?` marks; plain or .zip; lib/sipri/map-row.ts)
// into DATABASE_URL. One arms-transfer event per order between supplier and recipient, dated to the year of order;
// former states, non-state groups, organisations and unknown parties are counted by reason (lib/sipri/README.md).
// Each order's external id is a hash of its identifying fields, so importing a file again adds nothing.
import { runCodedImport } from "./import/run-coded-import";

await runCodedImport("sipri");
