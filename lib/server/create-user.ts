// Creates an account with a password through Better Auth's own adapter and hasher (sign-up is closed).
import "server-only";
import { auth } from "@/lib/auth/auth";
import type { Role } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import type { CreateUserRequest } from "@/lib/schemas/admin";
import { invalidInput } from "./errors";

export interface UserDto {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

export async function createUser(actorId: string | null, input: CreateUserRequest): Promise<UserDto> {
  const ctx = await auth().$context;
  if (await ctx.internalAdapter.findUserByEmail(input.email)) {
    throw invalidInput([{ path: ["email"], message: "already has an account" }]);
  }
  const passwordHash = await ctx.password.hash(input.password);
  const user = await ctx.internalAdapter.createUser(
    { email: input.email, name: input.name, role: input.role, emailVerified: true },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({ userId: user.id, providerId: "credential", accountId: user.id, password: passwordHash });
  const dto: UserDto = { id: user.id, email: user.email, name: user.name, role: input.role, createdAt: user.createdAt.toISOString() };
  await db().auditEntry.create({
    data: { actorId: actorId ?? user.id, action: "create", entityType: "user", entityId: user.id, after: dto as object },
  });
  return dto;
}
