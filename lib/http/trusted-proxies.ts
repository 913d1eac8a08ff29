// Which forwarded headers to believe. X-Forwarded-For, -Host and -Proto are only claims: any client can send
// them. They are facts only when a proxy we run wrote them, so they are read only from a peer (the socket's
// address) that the TRUSTED_PROXIES setting names, and X-Forwarded-For only as far back as the chain of
// trusted proxies goes (proxy-addr walks it from the nearest hop, as Express's "trust proxy" does).
// The app server (scripts/serve.ts) calls rewriteForwardedHeaders on every request before Next.js sees it,
// because Next.js fills these headers in only when they are missing (base-server.ts: `??=`), so a client's own
// X-Forwarded-For would otherwise reach the app as if it were the socket's address.
import type { IncomingMessage } from "node:http";
import { isIPv4 } from "node:net";
import type { TLSSocket } from "node:tls";
import proxyaddr from "proxy-addr";

/** Whether the address `address`, `hop` steps from the app (0 = the socket's peer), is a proxy we trust. */
export type ProxyTrust = (address: string, hop: number) => boolean;

/** Trusts nobody: the default, right for an app that clients reach directly. */
export const TRUST_NOBODY: ProxyTrust = () => false;

/**
 * Compiles the TRUSTED_PROXIES setting: comma-separated IP addresses, CIDR ranges (`10.0.0.0/8`, `fd00::/8`,
 * `10.0.0.0/255.0.0.0`) and proxy-addr's names `loopback` (127.0.0.1/8, ::1/128), `linklocal` and `uniquelocal`
 * (private ranges). Unset or blank: trust nobody. Throws a TypeError naming the entry that is none of these.
 */
export function compileTrustedProxies(setting: string | undefined): ProxyTrust {
  const entries = (setting ?? "").split(",").map((s) => s.trim()).filter(Boolean);
  if (!entries.length) return TRUST_NOBODY;
  for (const entry of entries) {
    try {
      proxyaddr.compile(entry);
    } catch {
      throw new TypeError(`"${entry}" is not an IP address, a CIDR range, or one of loopback, linklocal, uniquelocal`);
    }
  }
  return proxyaddr.compile(entries);
}

/** "::ffff:203.0.113.7" (an IPv4 client on a dual-stack socket) is the same client as "203.0.113.7". */
function plainAddress(address: string): string {
  const mapped = /^::ffff:(.+)$/i.exec(address);
  return mapped && isIPv4(mapped[1]!) ? mapped[1]! : address;
}

/** The first entry of a comma-separated header (the one the proxy nearest the client wrote), or undefined. */
function firstEntry(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value.join(",") : value;
  return text?.split(",")[0]?.trim() || undefined;
}

/**
 * host [":" port] as RFC 9110 §7.2 allows it in Host (uri-host per RFC 3986 §3.2.2): a name or IPv4 address
 * (letters, digits, "-", ".", and "_" as in container names) or an [IPv6] literal. No path, scheme or spaces.
 */
const HOST = /^(?:[A-Za-z0-9._-]+|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** What the app may believe about a request's client, having weighed its forwarded headers. */
export interface ForwardedFacts {
  /** The client's IP address: the socket's peer, or from X-Forwarded-For back through trusted proxies only. */
  clientAddress: string;
  /** The host the client asked for: X-Forwarded-Host from a trusted proxy, else Host; undefined when neither is valid. */
  host: string | undefined;
  /** "https" when the client's connection was TLS: X-Forwarded-Proto from a trusted proxy, else the socket's own. */
  proto: "http" | "https";
}

/**
 * Decides what to believe about `req` (a Node.js request with its socket) given `trust`: the client address per
 * proxy-addr (the socket's peer when it is not trusted, else the first untrusted address walking X-Forwarded-For
 * from the right), and X-Forwarded-Host / -Proto only when the socket's peer is trusted. Never throws; an address
 * that cannot be known (a socket already closed) is "unknown".
 */
export function forwardedFacts(req: IncomingMessage, trust: ProxyTrust): ForwardedFacts {
  const peer = req.socket.remoteAddress;
  const peerTrusted = peer !== undefined && trust(peer, 0);
  const clientAddress = peer === undefined ? "unknown" : plainAddress(proxyaddr(req, trust));
  const ownProto = (req.socket as Partial<TLSSocket>).encrypted ? "https" : "http";
  let host = firstEntry(req.headers.host);
  let proto: ForwardedFacts["proto"] = ownProto;
  if (peerTrusted) {
    const forwardedHost = firstEntry(req.headers["x-forwarded-host"]);
    const forwardedProto = firstEntry(req.headers["x-forwarded-proto"])?.toLowerCase();
    if (forwardedHost && HOST.test(forwardedHost)) host = forwardedHost;
    if (forwardedProto === "http" || forwardedProto === "https") proto = forwardedProto;
  }
  return { clientAddress, host: host && HOST.test(host) ? host : undefined, proto };
}

/**
 * Replaces `req`'s forwarded headers with the facts forwardedFacts decided, so that everything downstream
 * (Next.js, Better Auth, lib/http/client-address.ts) reads only what is true: X-Forwarded-For becomes the one
 * client address, X-Forwarded-Host and -Proto the host and scheme the client used. Headers only a trusted proxy
 * may set and that nothing here interprets (Forwarded, X-Real-IP, X-Forwarded-Port) are removed from untrusted
 * peers. Mutates `req.headers`; returns the facts.
 */
export function rewriteForwardedHeaders(req: IncomingMessage, trust: ProxyTrust): ForwardedFacts {
  const facts = forwardedFacts(req, trust);
  const peer = req.socket.remoteAddress;
  if (peer === undefined || !trust(peer, 0)) {
    delete req.headers.forwarded;
    delete req.headers["x-real-ip"];
    delete req.headers["x-forwarded-port"];
  }
  req.headers["x-forwarded-for"] = facts.clientAddress;
  req.headers["x-forwarded-proto"] = facts.proto;
  if (facts.host) req.headers["x-forwarded-host"] = facts.host;
  else delete req.headers["x-forwarded-host"];
  return facts;
}
