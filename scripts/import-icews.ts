// npm run import:icews -- FILE... : imports ICEWS coded-event files (tab-separated with a header row, plain or
// .zip; lib/icews/map-row.ts) into DATABASE_URL. Only rows whose source and target countries are two different
// countries of the atlas become events (machine-coded, "reported"); the rest are counted by reason. The ICEWS
// Event ID is the external id, so importing a file again adds nothing.
import { runCodedImport } from "./import/run-coded-import";

await runCodedImport("icews");
