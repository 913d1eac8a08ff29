// Issue 7: the database stops while requests are in flight. They answer 503 JSON, the server keeps running
// and answers 503 JSON while the database is away, and within 5 s of its return everything answers normally.
// The app reaches PostgreSQL through a TCP proxy the test stops and starts (the machine's PostgreSQL is
// shared); the requests are held in flight by table locks a second connection takes.
import { expect, test } from "@playwright/test";
import { startApp, type AppProcess } from "./support/app-process";
import { createAppDatabase, type AppDatabase } from "./support/database";
import { call, json, postEvent, signIn, type Answer } from "./support/http";
import { TcpProxy } from "./support/tcp-proxy";

const READS = ["/api/links", "/api/links/KP-RU", "/api/countries/KP", "/api/events?q=Yun%20Jong%20Ho", "/api/timeline"];
const EVERYTHING = ["/api/health", ...READS, "/api/changes", "/"];

let database: AppDatabase;
let proxy: TcpProxy;
let app: AppProcess;

test.beforeAll(async () => {
  test.setTimeout(240_000); // a fresh database and a server start, on a machine that may be busy
  database = await createAppDatabase();
  const server = new URL(database.url);
  proxy = new TcpProxy({ host: server.hostname, port: Number(server.port || 5432) });
  await proxy.start();
  app = await startApp({ databaseUrl: proxy.url(database.url) });
});

test.afterAll(async () => {
  await app?.kill();
  await proxy?.stop();
  await database?.drop();
});

const linkCounts = async () =>
  Object.fromEntries((json(await call(`${app.baseURL}/api/links`)) as { links: { id: string; eventCount: number }[] }).links.map((l) => [l.id, l.eventCount]));

function expectUnavailable(answer: Answer | string, what: string) {
  expect(answer, what).toMatchObject({ status: 503, type: expect.stringContaining("application/json") });
  expect((json(answer) as { error: { code: string } }).error.code, what).toBe("database_unavailable");
}

test("the database stops with requests in flight: 503 JSON, no crash, and normal answers within 5 s of its return", async () => {
  const cookie = await signIn(app.baseURL);
  const countsBefore = await linkCounts();
  const title = `Written while the database went away ${Date.now()}`;

  const locker = await database.connect();
  const monitor = await database.connect();
  try {
    await locker.query("BEGIN");
    await locker.query("LOCK TABLE events, links IN ACCESS EXCLUSIVE MODE");
    const inFlight = [...READS.map((path) => call(`${app.baseURL}${path}`)), postEvent(app.baseURL, cookie, title)];
    const waiting = async () =>
      Number((await monitor.query("SELECT count(*) FROM pg_stat_activity WHERE datname = $1 AND wait_event_type = 'Lock'", [database.name])).rows[0].count);
    await expect.poll(waiting, { timeout: 30_000 }).toBeGreaterThanOrEqual(inFlight.length);

    await proxy.stop();
    const answers = await Promise.all(inFlight);
    // The write must fail cleanly. A read may still complete when the answer for the current data version was
    // already cached in the process (it needs only the version, read before the outage); either way it is JSON.
    answers.slice(0, -1).forEach((answer, i) => {
      if (typeof answer !== "string" && answer.status === 200) expect(answer.type, `in flight: ${READS[i]}`).toContain("application/json");
      else expectUnavailable(answer, `in flight: ${READS[i]}`);
    });
    expectUnavailable(answers.at(-1)!, "in flight: POST /api/events");
  } finally {
    await locker.query("ROLLBACK");
    await locker.end();
    await monitor.end();
  }

  // While it is away: every request still gets a quick JSON answer, and the process is alive.
  const health = await call(`${app.baseURL}/api/health`);
  expect(health).toMatchObject({ status: 503 });
  expect(json(health)).toMatchObject({ status: "unavailable" });
  for (const path of [...READS, "/api/changes"]) expectUnavailable(await call(`${app.baseURL}${path}`), `while down: ${path}`);
  expectUnavailable(await postEvent(app.baseURL, cookie, title), "while down: POST /api/events");
  expect(app.child.exitCode, app.output()).toBeNull();

  // It comes back: a request sent within 5 s of its return is answered normally (the health check queries
  // the database)...
  await proxy.start();
  const returned = Date.now();
  const tries: string[] = [];
  for (;;) {
    const sentAfter = Date.now() - returned;
    expect(sentAfter, `no normal answer within 5 s of the database's return:\n${tries.join("\n")}\n${app.output().slice(-2000)}`).toBeLessThan(5_000);
    const answer = await call(`${app.baseURL}/api/health`);
    tries.push(`sent ${sentAfter} ms after: ${typeof answer === "string" ? answer : `${answer.status} ${answer.body}`}`);
    if (typeof answer !== "string" && answer.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  // ...and so is everything else, the dashboard page included. (Asked one at a time: what counts is that the
  // server is back, not how fast a CPU-starved CI machine opens ten new connections at once.)
  for (const path of EVERYTHING) expect(await call(`${app.baseURL}${path}`), `${path}\n${app.output().slice(-2000)}`).toMatchObject({ status: 200 });

  // Nothing was half-written: the refused event is not there, and sending it again adds it once.
  expect(await linkCounts()).toEqual(countsBefore);
  expect(await postEvent(app.baseURL, cookie, title)).toMatchObject({ status: 201 });
  expect(await linkCounts()).toEqual({ ...countsBefore, "KP-RU": countsBefore["KP-RU"]! + 1 });
  expect(app.child.exitCode, app.output()).toBeNull();
  expect(app.output()).not.toMatch(/uncaught|unhandled/i);
});
