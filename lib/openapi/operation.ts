// What the OpenAPI document (document.ts) is made of: one Operation per method and path, with the zod schemas of
// its parameters, body and answers.
import type { z } from "zod";

export type JsonSchema = Record<string, unknown>;
export type Role = "editor" | "admin";

export interface Body {
  schema?: z.ZodType;
  /** Content types other than JSON (files), described in words. */
  content?: Record<string, JsonSchema>;
  description?: string;
}

export interface Reply {
  description: string;
  schema?: z.ZodType;
  /** For `schema`; application/json when omitted. */
  mediaType?: string;
  content?: Record<string, JsonSchema>;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
}

export interface Operation {
  method: "get" | "post" | "patch" | "delete";
  path: string;
  summary: string;
  description?: string;
  tag: string;
  /** Who may call it; omitted for public endpoints. */
  role?: Role;
  /** The path's parameters: the same schema the route parses them with. */
  pathParams?: z.ZodObject;
  query?: z.ZodObject;
  body?: Body;
  responses: Record<number, Reply>;
}

