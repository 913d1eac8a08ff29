// One request timed on its own (the "cold" first request), and a load run with autocannon whose every
// response time is kept, so p95 is exact (autocannon's own summary has p90 and p97.5 but no p95).
import http from "node:http";
import { gzipSync } from "node:zlib";
import autocannon, { type Instance } from "autocannon";

export interface SingleResponse {
  ms: number;
  status: number;
  bytes: number;
  gzipBytes: number;
  /** The start of the body, for saying what went wrong when the status is not 2xx. */
  snippet: string;
  error?: string;
}

/** GET url once on a fresh connection, timed to the last byte of the body. */
export function timedGet(url: string, headers: Record<string, string>, timeoutMs: number): Promise<SingleResponse> {
  return new Promise((resolve) => {
    const started = performance.now();
    const req = http.get(url, { agent: false, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => {
        const ms = performance.now() - started;
        const body = Buffer.concat(chunks);
        const gzipped = res.headers["content-encoding"] === "gzip";
        resolve({
          ms,
          status: res.statusCode ?? 0,
          bytes: body.length,
          gzipBytes: gzipped ? body.length : gzipSync(body).length,
          snippet: gzipped ? "(gzip)" : body.subarray(0, 300).toString("utf8"),
        });
      });
      res.on("error", (error) => resolve({ ms: performance.now() - started, status: 0, bytes: 0, gzipBytes: 0, snippet: "", error: error.message }));
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)));
    req.on("error", (error) => resolve({ ms: performance.now() - started, status: 0, bytes: 0, gzipBytes: 0, snippet: "", error: error.message }));
  });
}

export interface LoadResult {
  seconds: number;
  /** Every completed response, any status. */
  responses: number;
  requestsPerSecond: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
  /** Connection errors and timeouts (autocannon counts timeouts among errors). */
  errors: number;
  timeouts: number;
  /** Requests still waiting for an answer when the run ended. */
  unanswered: number;
  non2xx: number;
  statuses: Record<string, number>;
}

/** Nearest-rank percentile of sorted values. */
export function percentile(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

let current: Instance | null = null;

/** Stops a run in progress (Ctrl-C). */
export function stopCurrentLoad(): void {
  current?.stop();
}

export async function runLoad(options: {
  url: string;
  connections: number;
  headers: Record<string, string>;
  /** Seconds to run for, or... */
  duration?: number;
  /** ...this many requests, each allowed to finish (the warm-up uses this so it leaves nothing in flight). */
  amount?: number;
  timeoutSeconds: number;
  /** Stop the run after this long whatever happens (a hung server must not hang the benchmark). */
  maxSeconds?: number;
}): Promise<LoadResult> {
  let latencies = new Float64Array(1 << 14);
  let n = 0;
  const statuses: Record<string, number> = {};
  const instance = autocannon({
    url: options.url,
    connections: options.connections,
    headers: options.headers,
    timeout: options.timeoutSeconds,
    ...(options.amount ? { amount: options.amount } : { duration: options.duration ?? 10 }),
  });
  current = instance;
  instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (n === latencies.length) {
      const bigger = new Float64Array(latencies.length * 2);
      bigger.set(latencies);
      latencies = bigger;
    }
    latencies[n++] = responseTime;
    statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
  });
  const watchdog = options.maxSeconds ? setTimeout(() => instance.stop(), options.maxSeconds * 1000) : undefined;
  try {
    const result = await instance;
    const sorted = latencies.subarray(0, n).sort();
    const non2xx = Object.entries(statuses).reduce((sum, [code, c]) => (code.startsWith("2") ? sum : sum + c), 0);
    return {
      seconds: result.duration,
      responses: n,
      requestsPerSecond: result.duration > 0 ? n / result.duration : 0,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: n ? sorted[n - 1]! : null,
      errors: result.errors,
      timeouts: result.timeouts,
      unanswered: Math.max(0, (result.requests.sent ?? n + result.errors) - n - result.errors),
      non2xx,
      statuses,
    };
  } finally {
    clearTimeout(watchdog);
    current = null;
  }
}
