// A real nginx (Debian's, /usr/sbin/nginx) as the reverse proxy the README recommends, in front of one app
// process: it appends the address it saw to X-Forwarded-For, sends the host the client asked for as
// X-Forwarded-Host and its scheme as X-Forwarded-Proto, passes the app its own address as Host, and gzips JSON
// itself (which turns a strong ETag weak). Everything it writes lives in a temporary folder removed on stop.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../resilience/support/app-process";

export interface Nginx {
  port: number;
  baseURL: string;
  /** Stops this nginx (its master process, which takes its worker with it) and removes its folder. */
  stop(): Promise<void>;
}

const NGINX = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p));

/** Starts nginx on a free port of 127.0.0.1, proxying to `upstreamPort` on 127.0.0.1; resolves once it accepts connections. */
export async function startNginx(upstreamPort: number): Promise<Nginx> {
  if (!NGINX) throw new Error("These tests need nginx as the reverse proxy in front of the app: apt-get install -y nginx.");
  const port = await freePort();
  const dir = mkdtempSync(path.join(os.tmpdir(), "axis-nginx-"));
  const conf = path.join(dir, "nginx.conf");
  writeFileSync(
    conf,
    `daemon off;
${process.getuid?.() === 0 ? "user root;" : ""}
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 128; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  gzip on;
  gzip_types application/json;
  gzip_min_length 64;
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://127.0.0.1:${upstreamPort};
      proxy_http_version 1.1;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Host $http_host;
      proxy_set_header X-Forwarded-Proto $scheme;
      # nginx compresses, not the app: the app answers identity and nginx gzips (weakening the ETag).
      proxy_set_header Accept-Encoding "";
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
  return { port, baseURL: `http://127.0.0.1:${port}`, stop };
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
