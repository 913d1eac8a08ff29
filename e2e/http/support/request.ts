// One HTTP request with full control of what a client can control: any header (Host, X-Forwarded-For,
// If-None-Match), and the local address it connects from (127.0.0.2 is another machine as far as the server
// can tell), which fetch does not offer. Redirects are not followed; bodies are decoded only as text.
import http from "node:http";
import { gunzipSync } from "node:zlib";

export interface Reply {
  status: number;
  headers: http.IncomingHttpHeaders;
  /** The body as text, gunzipped when the answer was gzipped. */
  body: string;
}

export function request(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string } = {},
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: options.method ?? "GET", headers: options.headers, localAddress: options.localAddress, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (chunk: Buffer) => chunks.push(chunk));
        res.on("end", () => {
          const raw = Buffer.concat(chunks);
          const body = res.headers["content-encoding"] === "gzip" && raw.length ? gunzipSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: body.toString("utf8") });
        });
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(options.body);
  });
}

/** A failed sign-in attempt for `email` (an account that does not exist), as a browser on `origin` sends it. */
export function failedSignIn(baseURL: string, email: string, options: { origin: string; headers?: Record<string, string>; localAddress?: string }) {
  return request(`${baseURL}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: options.origin, ...options.headers },
    body: JSON.stringify({ email, password: "not the password" }),
    localAddress: options.localAddress,
  });
}
