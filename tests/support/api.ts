// Calls a route handler the way Next.js does: a Request plus a context whose params is a promise.
export function get(path: string): Request {
  return new Request(new URL(path, "http://localhost"));
}

export function params<T extends Record<string, string>>(value: T) {
  return { params: Promise.resolve(value) };
}
