// Small HTTP helpers for specs that talk to their own app processes.
import http from "node:http";
import { ACCOUNTS } from "./accounts";

export interface Answer {
  status: number;
  type: string;
  body: string;
}

/** One request; a refused or reset connection comes back as the error's code (e.g. "ECONNREFUSED"). */
export async function call(url: string, init: RequestInit = {}): Promise<Answer | string> {
  try {
    const response = await fetch(url, init);
    return { status: response.status, type: response.headers.get("content-type") ?? "", body: await response.text() };
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause;
    return cause?.code ?? String(error);
  }
}

export function json(answer: Answer | string): unknown {
  if (typeof answer === "string") throw new Error(`No answer: ${answer}`);
  return JSON.parse(answer.body);
}

/** Signs in through the app's own endpoint and returns the session cookie. */
export async function signIn(baseURL: string, who: keyof typeof ACCOUNTS = "editor"): Promise<string> {
  const response = await fetch(`${baseURL}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseURL },
    body: JSON.stringify(ACCOUNTS[who]),
  });
  if (response.status !== 200) throw new Error(`Sign-in as ${who} answered ${response.status}: ${await response.text()}`);
  return response.headers.get("set-cookie")!.split(";")[0]!;
}

export function newEvent(title: string) {
  return {
    title,
    date: "2024-06-01",
    precision: "month",
    countries: ["KP", "RU"],
    category: "diplomatic_visit",
    evidence: "reported",
    score: 1.9,
    sources: [{ url: "https://example.org/resilience", publisher: "Example Wire", title: "Resilience test source" }],
  };
}

/** POST /api/events with a session cookie, as the dashboard's editor does. */
export function postEvent(baseURL: string, cookie: string, title: string) {
  return call(`${baseURL}/api/events`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseURL, cookie },
    body: JSON.stringify(newEvent(title)),
  });
}

/** GET on a new TCP connection (never a kept-alive one), so a closed listener shows as "ECONNREFUSED". */
export function getOnNewConnection(url: string): Promise<number | string> {
  return new Promise((resolve) => {
    const request = http.get(url, { agent: false }, (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? String(error)));
  });
}
