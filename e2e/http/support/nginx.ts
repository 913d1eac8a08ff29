// A real nginx (Debian's, /usr/sbin/nginx) as the reverse proxy the README recommends, in front of one or more app
// processes: it appends the address it saw to X-Forwarded-For, sends the host the client asked for as
// X-Forwarded-Host and its scheme as X-Forwarded-Proto, and gzips JSON itself (which turns a strong ETag weak).
// With `cache`, it also keeps the versioned reads (/api/v/...) as the README's "Behind a cache or CDN" says, and
// tells in X-Cache-Status and its access log whether an answer came from the cache or from which app.
// Everything it writes lives in a temporary folder removed on stop.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../resilience/support/app-process";

export interface Nginx {
  port: number;
  baseURL: string;
  /**
   * Every request nginx has logged so far (with `cache`; empty otherwise): the URI, how the cache answered
   * (HIT, MISS, ...; "-" outside the cached location) and the app that answered ("-" when none was asked).
   */
  log(): { uri: string; cache: string; upstream: string; status: number }[];
  /** Stops this nginx (its master process, which takes its worker with it) and removes its folder. */
  stop(): Promise<void>;
}

const NGINX = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));

export interface NginxOptions {
  /** Keep the versioned reads in a proxy_cache, as the README's "Behind a cache or CDN" configures it. */
  cache?: boolean;
}

/**
 * Starts nginx on a free port of 127.0.0.1, proxying to the app(s) on `upstreamPorts` of 127.0.0.1 (several: an
 * upstream nginx spreads requests over, round robin); resolves once it accepts connections.
 */
export async function startNginx(upstreamPorts: number | number[], options: NginxOptions = {}): Promise<Nginx> {
  if (!NGINX) throw new Error("These tests need nginx as the reverse proxy in front of the app: apt-get install -y nginx.");
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), "axis-nginx-"));
  const conf = path.join(dir, "nginx.conf");
  const ports = Array.isArray(upstreamPorts) ? upstreamPorts : [upstreamPorts];
  // One app: proxy to it by address, so Host is its own address (what the forwarded-headers spec expects).
  const upstream = ports.length === 1 ? `127.0.0.1:${ports[0]}` : "atlas";
  const proxy = `proxy_pass http://${upstream};
      proxy_http_version 1.1;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Forwarded-Proto $scheme;
      # nginx compresses, not the app: the app answers identity and nginx gzips (weakening the ETag).
      proxy_set_header Accept-Encoding "";`;
  const accessLog = path.join(dir, "access.log");
  const upstreamBlock = ports.length > 1 ? `upstream atlas { ${ports.map((p) => `server 127.0.0.1:${p};`).join(" ")} }` : "";
  // Tab-separated: the URI, HIT/MISS/... ("-" outside the cached location), the app asked ("-" for none), the status.
  const logging = options.cache ? `log_format atlas '$request_uri\t$upstream_cache_status\t$upstream_addr\t$status';\n  access_log ${accessLog} atlas;` : "access_log off;";
  const cache = options.cache ? `proxy_cache_path ${dir}/cache levels=1:2 keys_zone=atlas_reads:10m max_size=1g inactive=30d use_temp_path=off;` : "";
  // The README's cache: only the versioned reads, which say for themselves how long they may be kept. With
  // proxy_cache_lock, many first visitors of a new version at once send one request to an app; the rest wait for it.
  const cachedLocation = options.cache
    ? `location /api/v/ {
      ${proxy}
      proxy_cache atlas_reads;
      proxy_cache_lock on;
      add_header X-Cache-Status $upstream_cache_status always;
    }`
    : "";
  writeFileSync(
    conf,
    `daemon off;
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 128; }
http {
  ${logging}
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  gzip on;
  gzip_types application/json;
  gzip_min_length 64;
  ${upstreamBlock}
  ${cache}
  server {
    listen 127.0.0.1:${port};
    ${cachedLocation}
    location / {
      ${proxy}
    }
  }
}
`,
  );
  const child: ChildProcess = spawn(NGINX, ["-p", dir, "-c", conf, "-e", path.join(dir, "error.log")], { stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (c: Buffer) => (output += c.toString()));
  child.stderr!.on("data", (c: Buffer) => (output += c.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGQUIT"); // nginx's graceful shutdown
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 30_000;
  while (!(await accepts(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not start:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const log = () =>
    existsSync(accessLog)
      ? readFileSync(accessLog, "utf8")
          .split("\n")
          .filter(Boolean)
          .map((line) => {
            const [uri, cache, upstreamAddr, status] = line.split("\t");
            return { uri: uri!, cache: cache!, upstream: upstreamAddr!, status: Number(status) };
          })
      : [];
  return { port, baseURL: `http://127.0.0.1:${port}`, stop, log };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.destroy();
      resolve(true);
    });
    socket.on("error", () => resolve(false));
  });
}
