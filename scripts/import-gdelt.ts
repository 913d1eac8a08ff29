// npm run import:gdelt -- FILE... : imports GDELT event files (2.0 export, 1.0 daily or historical; plain or
// .zip) into DATABASE_URL. Only rows between two different countries the atlas knows become events
// (machine-coded, "reported"); the rest are counted by reason. Importing a file again adds nothing.
import { runCodedImport } from "./import/run-coded-import";

await runCodedImport("gdelt");
