// Preloaded into the production server by `npm run bench:api -- --explain` (node --import), never otherwise:
// appends every statement the app sends through node-postgres, with its parameters and how long the app
// waited for it, to BENCH_SQL_LOG as JSON lines, so the benchmark can EXPLAIN exactly the SQL the current
// code runs, however the data layer writes it (Prisma, $queryRaw or pg directly). Next.js keeps `pg`
// external, so the server loads this same module.
import { appendFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const file = process.env.BENCH_SQL_LOG;
if (file) {
  const require = createRequire(path.join(process.cwd(), "package.json"));
  const pg = require("pg");
  const original = pg.Client.prototype.query;
  const write = (row) => {
    try {
      appendFileSync(file, `${JSON.stringify(row, (_key, v) => (typeof v === "bigint" ? v.toString() : v))}\n`);
    } catch {
      // Never let the capture change what the app does.
    }
  };
  let next = 0;
  pg.Client.prototype.query = function captureQuery(config, values, callback) {
    const text = typeof config === "string" ? config : config && typeof config.text === "string" ? config.text : null;
    if (!text) return original.call(this, config, values, callback);
    const params = Array.isArray(values) ? values : config && Array.isArray(config.values) ? config.values : [];
    // One line when the statement is sent (so one still running when the request is abandoned is known too)
    // and one when it finishes, with how long the app waited for it. node-postgres answers through a
    // callback (pg-pool's pool.query passes one) or, without one, a promise.
    const id = `${process.pid}-${next++}`;
    write({ id, text, params });
    const started = performance.now();
    const done = (failed) => write({ id, ms: performance.now() - started, ...(failed ? { failed: true } : {}) });
    if (typeof values === "function") {
      const cb = values;
      return original.call(this, config, (err, res) => (done(!!err), cb(err, res)));
    }
    if (typeof callback === "function") {
      const cb = callback;
      return original.call(this, config, values, (err, res) => (done(!!err), cb(err, res)));
    }
    const result = original.call(this, config, values, callback);
    if (result && typeof result.then === "function") result.then(() => done(false), () => done(true));
    return result;
  };
}
