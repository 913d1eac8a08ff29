// Requests admins send to manage users, API tokens, links and countries.
import { z } from "zod";
import { ROLES } from "@/lib/auth/roles";

export const CreateUserRequestSchema = z
  .object({
    email: z.email("must be an email address").trim().toLowerCase(),
    name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
    password: z.string().min(10, "must be at least 10 characters").max(200, "must be at most 200 characters"),
    role: z.enum(ROLES),
  })
  .strict();
export type CreateUserRequest = z.infer<typeof CreateUserRequestSchema>;

export const UpdateUserRequestSchema = z.object({ role: z.enum(ROLES) }).strict();

export const CreateApiTokenRequestSchema = z
  .object({
    name: z.string().trim().min(1, "is required").max(100, "must be at most 100 characters"),
    /** Whose token; the admin's own when omitted. */
    userId: z.string().min(1).optional(),
  })
  .strict();

export const UpdateLinkRequestSchema = z
  .object({
    title: z.string().trim().min(1, "is required").max(200, "must be at most 200 characters").optional(),
    summary: z.string().trim().max(5000, "must be at most 5,000 characters").optional(),
    version: z.number({ error: "is required (the version you loaded)" }).int().positive(),
  })
  .strict();
export type UpdateLinkRequest = z.infer<typeof UpdateLinkRequestSchema>;

export const UpdateCountryRequestSchema = z
  .object({
    context: z.string().trim().max(5000, "must be at most 5,000 characters"),
    version: z.number({ error: "is required (the version you loaded)" }).int().positive(),
  })
  .strict();
export type UpdateCountryRequest = z.infer<typeof UpdateCountryRequestSchema>;
