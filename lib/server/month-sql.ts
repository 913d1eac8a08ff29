// lib/domain/months.ts's month index (year × 12 + month − 1) as SQL over a date column, so PostgreSQL groups and
// ages events in the same months the browser and the strength model count.
import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

/** The month index of `column`'s date (any day of the month gives the same number). */
export function monthIndexSql(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`(extract(year FROM ${column})::int * 12 + extract(month FROM ${column})::int - 1)`;
}
