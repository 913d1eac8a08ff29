// Issue 13: what the production server believes about a request, over real HTTP to the server npm start runs
// (scripts/serve.ts), once reached directly and once behind a real nginx configured as the README says.
// - a client's made-up X-Forwarded-For never escapes the per-address sign-in limit (20 failures in 15 minutes);
// - behind a trusted proxy the address comes from the proxy, and a client's made-up entry still does not count;
// - X-Forwarded-Host counts for the same-origin check only from a trusted proxy;
// - a redirect's Location is relative, so it stays on the host the client used, never localhost;
// - If-None-Match is compared weakly, so the W/ ETag nginx hands out after gzipping gets 304;
// - a page says it varies by Cookie and Accept-Language (its language and theme), an API answer does not.
// Sign-in counts live in the database, so these app processes get a database of their own.
import { expect, test } from "@playwright/test";
import { startApp, type AppProcess } from "../resilience/support/app-process";
import { ACCOUNTS, createAppDatabase, type AppDatabase } from "../resilience/support/database";
import { newEvent } from "../resilience/support/http";
import { startNginx, type Nginx } from "./support/nginx";
import { failedSignIn, request } from "./support/request";

let database: AppDatabase;
/** Reached directly; trusts no proxy (the default). */
let direct: AppProcess;
/** Reached through nginx; trusts only nginx's address, 127.0.0.1. */
let proxied: AppProcess;
let nginx: Nginx;

test.beforeAll(async () => {
  test.setTimeout(240_000); // a fresh database and two server starts, on a machine that may be busy
  database = await createAppDatabase();
  [direct, proxied] = await Promise.all([
    startApp({ databaseUrl: database.url }),
    startApp({ databaseUrl: database.url, env: { TRUSTED_PROXIES: "127.0.0.1", APP_ALLOWED_HOSTS: "atlas.test" } }),
  ]);
  nginx = await startNginx(proxied.port);
});

test.afterAll(async () => {
  await nginx?.stop();
  await Promise.all([direct?.kill(), proxied?.kill()]);
  await database?.drop();
});

test("a client that makes up a new X-Forwarded-For for each failed sign-in is refused at the 21st", async () => {
  test.setTimeout(120_000);
  const statuses: number[] = [];
  for (let i = 1; i <= 21; i++) {
    const reply = await failedSignIn(direct.baseURL, `nobody-${i}@direct.test`, {
      origin: direct.baseURL,
      headers: { "x-forwarded-for": `203.0.113.${i}`, "x-real-ip": `198.51.100.${i}`, forwarded: `for=192.0.2.${i}` },
    });
    statuses.push(reply.status);
  }
  expect(statuses.slice(0, 20), direct.output()).toEqual(Array(20).fill(401));
  expect(statuses[20], direct.output()).toBe(429);
});

test("behind a trusted proxy, addresses come from the proxy: a made-up entry does not escape, another client is counted apart", async () => {
  test.setTimeout(120_000);
  const attempt = (i: number, localAddress: string) =>
    failedSignIn(nginx.baseURL, `nobody-${i}@${localAddress}.test`, {
      origin: "http://atlas.test",
      headers: { host: "atlas.test", "x-forwarded-for": `203.0.113.${i}` },
      localAddress,
    });
  const statuses: number[] = [];
  for (let i = 1; i <= 21; i++) statuses.push((await attempt(i, "127.0.0.2")).status);
  expect(statuses.slice(0, 20), proxied.output()).toEqual(Array(20).fill(401));
  expect(statuses[20], proxied.output()).toBe(429);
  // A client at another address, through the same proxy, has not failed yet.
  expect((await attempt(1, "127.0.0.3")).status, proxied.output()).toBe(401);
});

test("X-Forwarded-Host names the site for the Origin check only when a trusted proxy sent it", async () => {
  const viaNginx = { host: "atlas.test" };
  const signedIn = await request(`${nginx.baseURL}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { ...viaNginx, "content-type": "application/json", origin: "http://atlas.test" },
    body: JSON.stringify(ACCOUNTS.editor),
    localAddress: "127.0.0.4",
  });
  expect(signedIn.status, signedIn.body).toBe(200);
  const cookie = String(signedIn.headers["set-cookie"]).split(";")[0]!;
  const event = JSON.stringify(newEvent(`Written through the proxy ${Date.now()}`));
  const write = (url: string, headers: Record<string, string>) =>
    request(`${url}/api/events`, { method: "POST", headers: { "content-type": "application/json", cookie, ...headers }, body: event, localAddress: "127.0.0.4" });

  // The public host, as nginx reports it: same origin.
  expect((await write(nginx.baseURL, { ...viaNginx, origin: "http://atlas.test" })).status).toBe(201);
  // The same claim made by the client itself, straight to the app: another site.
  const claimed = await write(proxied.baseURL, { origin: "http://evil.example", "x-forwarded-host": "evil.example" });
  expect(claimed.status, claimed.body).toBe(403);
});

test("a reversed link id redirects with a relative Location, so the client stays on the host it used", async () => {
  const reply = await request(`${direct.baseURL}/api/links/kp-ir?from=2019-01-01`, { headers: { host: "atlas.example:8080" } });
  expect(reply.status).toBe(308);
  expect(reply.headers.location).toBe("IR-KP?from=2019-01-01");

  // Through the proxy: resolved against the URL asked for, it leads to the canonical link on the proxy's host.
  const asked = `${nginx.baseURL}/api/links/kp-ir?from=2019-01-01`;
  const viaProxy = await request(asked);
  expect(viaProxy.status).toBe(308);
  const target = new URL(viaProxy.headers.location!, asked);
  expect(target.href).toBe(`${nginx.baseURL}/api/links/IR-KP?from=2019-01-01`);
  const followed = await request(target.href);
  expect(followed.status).toBe(200);
  expect(JSON.parse(followed.body).link.id).toBe("IR-KP");

  // The pages' own redirect (signed out, /admin goes to sign-in) is relative too. Next.js streams the admin
  // layout first, so the redirect arrives in the page (a refresh to the URL) rather than as a 307.
  const admin = await request(`${direct.baseURL}/admin`, { headers: { host: "atlas.example:8080" } });
  const signIn = admin.status === 307 ? admin.headers.location : /http-equiv="refresh" content="\d+;\s*url=([^"]+)"/i.exec(admin.body)?.[1];
  expect(signIn, admin.body.slice(0, 2000)).toMatch(/^\/sign-in\?next=/);
  expect(admin.body).not.toContain("localhost");
});

test("the W/ ETag of an answer nginx gzipped gets 304, as do the strong form and a list holding it", async () => {
  const first = await request(`${nginx.baseURL}/api/links`, { headers: { "accept-encoding": "gzip" } });
  expect(first.status).toBe(200);
  expect(first.headers["content-encoding"]).toBe("gzip");
  expect(JSON.parse(first.body).links).toHaveLength(6);
  const etag = first.headers.etag!;
  expect(etag).toMatch(/^W\/"/);
  for (const condition of [etag, etag.slice(2), `"v0-stale", ${etag}`]) {
    for (const base of [nginx.baseURL, direct.baseURL]) {
      const again = await request(`${base}/api/links`, { headers: { "accept-encoding": "gzip", "if-none-match": condition } });
      expect(again.status, `${base} If-None-Match: ${condition}`).toBe(304);
      expect(again.body).toBe("");
    }
  }
  const stale = await request(`${nginx.baseURL}/api/links`, { headers: { "if-none-match": 'W/"v0-stale"' } });
  expect(stale.status).toBe(200);
});

test("a page varies by Cookie and Accept-Language, which choose its language and theme; a JSON answer does not", async () => {
  const page = await request(`${direct.baseURL}/?lang=ko`);
  expect(page.status).toBe(200);
  const varyOf = (value: string | string[] | undefined) => String(value ?? "").split(",").map((h) => h.trim().toLowerCase());
  expect(varyOf(page.headers.vary)).toEqual(expect.arrayContaining(["cookie", "accept-language"]));
  expect(page.body).toContain('<html lang="ko"');
  const api = await request(`${direct.baseURL}/api/countries`);
  expect(varyOf(api.headers.vary)).not.toContain("cookie");
});
