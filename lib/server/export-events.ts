// GET /api/export/events.csv|json: the filtered events as a streamed file (pages of 1,000 from the database,
// written as they come, so memory stays flat however many events match).
import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { eventsCsvPage, eventsJson } from "@/lib/export/events";
import type { ExportFilters } from "@/lib/schemas/export";
import { listEventPages } from "./list-events";

export function exportEventsStream(format: "csv" | "json", filters: ExportFilters): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let pages: AsyncGenerator<Awaited<ReturnType<typeof listEventPages> extends AsyncGenerator<infer T> ? T : never>> | null = null;
  let count = 0;
  let started = false;
  let finished = false;
  // Pages are read while the client downloads, after the route handler has returned, and a pull runs in whatever
  // context asked for the bytes (the page generator happens to keep the context of the pull that created it, but
  // nothing else in a later pull would). Run every pull in the request's own context, its read scope
  // (lib/db-routing.ts), so a public export reads all its pages from the server it started on: the read replica.
  const inRequestContext = AsyncLocalStorage.snapshot();
  return new ReadableStream<Uint8Array>({
    pull: (controller) => inRequestContext(() => pullPage(controller)),
    cancel: () => inRequestContext(async () => {
      await pages?.return(undefined);
    }),
  });

  async function pullPage(controller: ReadableStreamDefaultController<Uint8Array>) {
    if (finished) return;
    pages ??= listEventPages(filters);
    if (!started && format === "json") controller.enqueue(encoder.encode(eventsJson.head(filters, new Date().toISOString())));
    const next = await pages.next();
    if (next.done) {
      if (format === "json") controller.enqueue(encoder.encode(eventsJson.tail(count)));
      else if (!started) controller.enqueue(encoder.encode(eventsCsvPage([], true)));
      finished = true;
      controller.close();
      return;
    }
    const text = format === "csv" ? eventsCsvPage(next.value, !started) : eventsJson.rows(next.value, count === 0);
    started = true;
    count += next.value.length;
    controller.enqueue(encoder.encode(text));
  }
}
