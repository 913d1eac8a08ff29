// Recognises "the database is not there" among the shapes Prisma, its pg adapter and node-postgres throw,
// so the API can answer 503 (try again) rather than 500 (our bug).

const UNAVAILABLE_CODES = new Set([
  "P1001", // can't reach database server
  "P1002", // server reached but timed out
  "P1017", // server closed the connection
  "P2024", // timed out fetching a connection from the pool
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "53300", // too_many_connections
]);

// "Unable to start a transaction in the given time" is Prisma's P2028 when every pooled connection stayed busy
// for the transaction's maxWait: the same "try again" as P2024 above, not a bug of ours.
const UNAVAILABLE_MESSAGES =
  /ECONNREFUSED|ECONNRESET|Connection terminated|connection timeout|timeout exceeded when trying to connect|DatabaseNotReachable|Can't reach database|terminating connection|Client has encountered a connection error|Unable to start a transaction in the given time/i;

export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== "object" || depth > 5) return false;
  const e = error as { code?: unknown; message?: unknown; cause?: unknown; name?: unknown; kind?: unknown };
  if (typeof e.code === "string" && UNAVAILABLE_CODES.has(e.code)) return true;
  if (e.name === "PrismaClientInitializationError") return true;
  if (e.kind === "DatabaseNotReachable" || e.kind === "ConnectionClosed") return true;
  if (typeof e.message === "string" && UNAVAILABLE_MESSAGES.test(e.message)) return true;
  return isDatabaseUnavailable(e.cause, depth + 1);
}
