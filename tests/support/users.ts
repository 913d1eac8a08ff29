// Accounts and tokens for tests, made through the same operations the app uses.
import type { Role } from "@/lib/auth/roles";

export async function createUserWithToken(role: Role, email = `${role}-${Math.random().toString(36).slice(2)}@test.local`) {
  const { createUser } = await import("@/lib/server/create-user");
  const { createApiToken } = await import("@/lib/server/create-api-token");
  const user = await createUser(null, { email, name: `Test ${role}`, password: "correct horse battery", role });
  const actor = { id: user.id, email: user.email, name: user.name, role, via: "token" as const };
  const { token, id: tokenId } = await createApiToken(actor, "test");
  return { user, token, tokenId, actor, password: "correct horse battery" };
}

export function jsonRequest(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  return new Request(new URL(path, "http://localhost"), {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}
