// Issue 7: on SIGTERM the server stops taking new requests, finishes those in flight, and exits 0.
// The server is what `npm start` runs (scripts/start.ts, which serves the build with scripts/serve.ts and passes
// the signal on), signalled directly as a process manager would. Requests are held in flight by table locks
// a second connection takes.
import { expect, test } from "@playwright/test";
import { startApp, type AppProcess } from "./support/app-process";
import { createAppDatabase, type AppDatabase } from "./support/database";
import { call, getOnNewConnection, json, postEvent, signIn } from "./support/http";

let database: AppDatabase;
let app: AppProcess;

test.beforeAll(async () => {
  test.setTimeout(240_000); // a fresh database and a server start, on a machine that may be busy
  database = await createAppDatabase();
  // package.json's "start" command itself: npm and the shell it runs scripts with do not pass SIGTERM on
  // reliably (Debian's dash dies of it and leaves the server running), so process managers should run this.
  app = await startApp({ databaseUrl: database.url, command: [process.execPath, "--import", "tsx", "--conditions=react-server", "scripts/start.ts"] });
});

test.afterAll(async () => {
  await app?.kill();
  await database?.drop();
});

test("SIGTERM: the server stops taking new requests, finishes the ones in flight, and exits 0", async () => {
  const cookie = await signIn(app.baseURL);
  const title = `Written during shutdown ${Date.now()}`;
  const locker = await database.connect();
  const monitor = await database.connect();
  try {
    await locker.query("BEGIN");
    await locker.query("LOCK TABLE events, links IN ACCESS EXCLUSIVE MODE");
    const settled: boolean[] = [];
    const inFlight = [call(`${app.baseURL}/api/links`), call(`${app.baseURL}/api/links/KP-RU`), postEvent(app.baseURL, cookie, title)].map((p, i) =>
      p.finally(() => (settled[i] = true)),
    );
    const waiting = async () =>
      Number((await monitor.query("SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'", [database.name])).rows[0].count);
    await expect.poll(waiting, { timeout: 30_000 }).toBeGreaterThanOrEqual(inFlight.length);

    app.child.kill("SIGTERM");
    // New connections are refused while the three requests are still being served.
    await expect.poll(() => getOnNewConnection(`${app.baseURL}/api/health`), { timeout: 30_000 }).toBe("ECONNREFUSED");
    expect(settled.filter(Boolean), "requests in flight answered before the locks were released").toHaveLength(0);
    expect(app.child.exitCode, app.output()).toBeNull();

    await locker.query("ROLLBACK");
    const [links, link, created] = await Promise.all(inFlight);
    expect(links, app.output()).toMatchObject({ status: 200 });
    expect((json(links) as { links: unknown[] }).links).toHaveLength(6);
    expect(link, app.output()).toMatchObject({ status: 200 });
    expect(created, app.output()).toMatchObject({ status: 201 });
    expect(await app.exited, app.output()).toBe(0);
    // The write that was in flight is in the database.
    expect((await monitor.query("SELECT count(*) FROM events WHERE title = $1", [title])).rows[0].count).toBe("1");
  } finally {
    await locker.query("ROLLBACK").catch(() => undefined);
    await locker.end();
    await monitor.end();
  }
});
