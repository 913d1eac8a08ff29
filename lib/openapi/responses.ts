// Response shapes of the admin and auth endpoints whose operations return plain objects (lib/server/*),
// written as zod so the OpenAPI document is generated like the rest. Keep in step with those operations.
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

export const HealthResponseSchema = z.object({ status: z.literal("ok") });
export const HealthUnavailableSchema = z.object({
  status: z.literal("unavailable"),
  error: z.object({ code: z.literal("database_unavailable"), message: z.string() }),
});

export { ChangesResponseSchema } from "@/lib/schemas/changes";

export const UserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
});
export const CreateUserResponseSchema = z.object({ user: UserSchema.extend({ createdAt: z.string() }) });
export const UpdateUserResponseSchema = z.object({ user: UserSchema });

export const CreateApiTokenResponseSchema = z.object({
  token: z.object({
    id: z.string(),
    name: z.string(),
    userId: z.string(),
    createdAt: z.string(),
    token: z.string().describe("The secret, shown once: send it as 'Authorization: Bearer <token>'."),
  }),
});
export const RevokeApiTokenResponseSchema = z.object({ token: z.object({ id: z.string(), revokedAt: z.string() }) });

export const UpdateLinkResponseSchema = z.object({
  link: z.object({ id: z.string(), title: z.string(), summary: z.string(), version: z.number().int() }),
});
export const UpdateCountryResponseSchema = z.object({
  country: z.object({ id: z.string(), name: z.string(), context: z.string(), version: z.number().int() }),
});

/** 409: the record changed since the caller loaded it; `current` is what is stored now. */
export const ConflictResponseSchema = z.object({
  error: z.object({ code: z.literal("conflict"), message: z.string() }),
  current: z.unknown(),
});

export const SignInRequestSchema = z.object({
  email: z.string(),
  password: z.string(),
  rememberMe: z.boolean().optional(),
});
export const SignInResponseSchema = z
  .object({
    redirect: z.boolean().optional(),
    token: z.string().optional(),
    user: z.object({ id: z.string(), email: z.string(), name: z.string() }).passthrough(),
  })
  .passthrough();
export const SignOutResponseSchema = z.object({ success: z.boolean() });
export const SessionResponseSchema = z
  .object({
    session: z.object({ id: z.string(), expiresAt: z.string() }).passthrough(),
    user: z.object({ id: z.string(), email: z.string(), name: z.string(), role: z.string().optional() }).passthrough(),
  })
  .nullable();
