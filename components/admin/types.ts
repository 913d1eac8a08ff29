// What the admin components are given to show. The pages pass results of lib/server operations, whose
// shapes TypeScript checks against these at the boundary (components never import lib/server).
import type { Role } from "@/lib/auth/roles";
import type { DatePrecision } from "@/lib/domain/vocabulary";
import type { EvidenceLevel } from "@/lib/domain/vocabulary";
import type { EventCategory } from "@/lib/domain/vocabulary";

export interface EventRowView {
  id: string;
  title: string;
  date: string;
  precision: DatePrecision;
  category: EventCategory;
  evidence: EvidenceLevel;
  score: number;
  origin: "curated" | "machine";
  retired: boolean;
  participants: { id: string; name: string }[];
  sourceCount: number;
}

export interface AuditEntryView {
  id: string;
  at: string;
  action: string;
  entityType: string;
  entityId: string;
  actor: { id: string; name: string; email: string } | null;
  before: unknown;
  after: unknown;
}

export interface UserView {
  id: string;
  email: string;
  name: string;
  role: Role;
  createdAt: string;
}

export interface TokenView {
  id: string;
  name: string;
  owner: { id: string; name: string; email: string };
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

export interface LinkView {
  id: string;
  countryNames: [string, string];
  title: string;
  summary: string;
  version: number;
  updatedAt: string;
}

export interface CountryView {
  id: string;
  name: string;
  flag: string;
  region: string;
  context: string;
  version: number;
}

export interface CountryOption {
  id: string;
  name: string;
  flag: string;
}
