// The OpenAPI 3.1 document for every endpoint under app/api, generated from the same zod schemas the route
// handlers parse with (requests as their accepted input, responses as produced output). Nothing here is a
// hand-written JSON Schema: add an endpoint by adding an operation below with its schemas.
import { z } from "zod";
import { CreateApiTokenRequestSchema, CreateUserRequestSchema, UpdateCountryRequestSchema, UpdateLinkRequestSchema, UpdateUserRequestSchema } from "@/lib/schemas/admin";
import { GetCountryRequestSchema, GetCountryResponseSchema, ListCountriesResponseSchema } from "@/lib/schemas/countries";
import { ErrorResponseSchema } from "@/lib/schemas/errors";
import { CreateEventRequestSchema, RetireEventRequestSchema, UpdateEventRequestSchema } from "@/lib/schemas/event-input";
import { EventResponseSchema } from "@/lib/schemas/events";
import { EventsExportSchema, ExportFiltersSchema, LinksExportFiltersSchema, LinksExportSchema, LinksGeoJsonSchema, EVENT_CSV_COLUMNS, LINK_CSV_COLUMNS } from "@/lib/schemas/export";
import { EventsImportResponseSchema, ImportEventsQuerySchema, ImportGdeltQuerySchema, ImportJobResponseSchema, ImportQuerySchema, ImportReportResponseSchema, StartGdeltImportResponseSchema, StartImportJobResponseSchema } from "@/lib/schemas/import";
import { GetLinkResponseSchema, LinkFiltersSchema, ListLinkEventsRequestSchema, ListLinkEventsResponseSchema, ListLinksRequestSchema, ListLinksResponseSchema } from "@/lib/schemas/links";
import { CountryPathSchema, EventPathSchema, ImportJobPathSchema, LinkPathSchema, TokenPathSchema, UserPathSchema } from "@/lib/schemas/paths";
import { CompareRequestSchema, CompareResponseSchema, SearchEventsRequestSchema, SearchEventsResponseSchema, TimelineOutlineSchema, TimelineRequestSchema, TimelineResponseSchema } from "@/lib/schemas/analysis";
import { categoryTableMarkdown } from "@/lib/gdelt/categories";
import * as R from "./responses";
import { versionedOperations } from "./versioned-operations";

import type { JsonSchema, Operation, Reply, Role } from "./operation";

export type { Operation } from "./operation";

function jsonSchema(schema: z.ZodType, io: "input" | "output"): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io, unrepresentable: "any" }) as JsonSchema;
  return rest;
}

const error = (description: string): Reply => ({ description, schema: ErrorResponseSchema });

/** The failures every authenticated mutation can answer with (lib/http/mutation-route.ts). */
function mutationErrors(role: Role, options: { body?: boolean; notFound?: boolean; conflict?: boolean } = {}): Record<number, Reply> {
  const replies: Record<number, Reply> = {
    401: error("Not signed in and no valid API token."),
    403: error(`Not ${role === "admin" ? "an admin" : "an editor or admin"}, or a cross-site request with a session cookie.`),
  };
  if (options.body !== false) replies[413] = error("The body is larger than 100 KB.");
  if (options.body !== false || options.notFound) replies[400] = error("Invalid body or path parameter: `error.issues` names each field.");
  if (options.notFound) replies[404] = error("No such record.");
  if (options.conflict) replies[409] = { description: "`version` is stale: someone changed the record since you loaded it.", schema: R.ConflictResponseSchema };
  return replies;
}

const eventId = EventPathSchema;
const linkId = LinkPathSchema;
const iso2 = CountryPathSchema;
const csvText = (columns: readonly string[]) => ({ type: "string", description: `CSV with a header row: ${columns.join(", ")}.` });
const download = { "content-disposition": { description: "attachment; filename=\"axis-atlas-…\"", schema: { type: "string" } } };
const exportErrors = { 400: error("A filter is invalid: `error.issues[].path` names it."), 503: error("The database is unavailable.") };
const fileBody = (what: string): Record<string, JsonSchema> => ({
  "application/octet-stream": { type: "string", contentMediaType: "application/octet-stream", description: what },
  "multipart/form-data": {
    type: "object",
    properties: { file: { type: "string", contentMediaType: "application/octet-stream", description: what } },
    required: ["file"],
  },
});

export const OPERATIONS: Operation[] = [
  { method: "get", path: "/api/health", tag: "Public", summary: "Liveness: does the database answer?",
    responses: { 200: { description: "Up.", schema: R.HealthResponseSchema }, 503: { description: "The database does not answer.", schema: R.HealthUnavailableSchema } } },
  { method: "get", path: "/api/changes", tag: "Public", summary: "A version that changes whenever data changes (poll it for live updates).",
    responses: { 200: { description: "The current version.", schema: R.ChangesResponseSchema } } },
  { method: "get", path: "/api/links", tag: "Public", summary: "Every link with its strength, event count and evidence mix.",
    description: "Numbers are computed from the events the filters select; links with no such events are listed with eventCount 0.",
    query: ListLinksRequestSchema, responses: { 200: { description: "The links.", schema: ListLinksResponseSchema }, 400: error("A filter is invalid.") } },
  { method: "get", path: "/api/links/{id}", tag: "Public", summary: "One link for a range and filters: its numbers, the first page of its events, its weightiest events and its activity.",
    description: "The numbers equal GET /api/links's for the same query. `events` is the first page, newest first; GET /api/links/{id}/events with `cursor` = `nextCursor` pages on.",
    pathParams: linkId, query: LinkFiltersSchema,
    responses: { 200: { description: "The link.", schema: GetLinkResponseSchema }, 308: { description: "Redirect to the canonical id (KP-IR -> IR-KP).", headers: { location: { description: "The canonical id with the same query, relative to the request's URL (e.g. `IR-KP?from=2019-01-01`).", schema: { type: "string" } } } }, 400: error("The id or a filter is invalid."), 404: error("No such link.") } },
  { method: "get", path: "/api/links/{id}/events", tag: "Public", summary: "A link's events in a range and filters, newest first, a page at a time, with each one's contribution.",
    pathParams: linkId, query: ListLinkEventsRequestSchema,
    responses: { 200: { description: "A page of events.", schema: ListLinkEventsResponseSchema }, 308: { description: "Redirect to the canonical id.", headers: { location: { description: "The canonical id's events with the same query, relative to the request's URL.", schema: { type: "string" } } } }, 400: error("The id, a filter or the cursor is invalid."), 404: error("No such link.") } },
  { method: "patch", path: "/api/links/{id}", tag: "Admin", role: "admin", summary: "Edit a link's curated title and summary.", pathParams: linkId,
    body: { schema: UpdateLinkRequestSchema }, responses: { 200: { description: "The link as stored now.", schema: R.UpdateLinkResponseSchema }, ...mutationErrors("admin", { notFound: true, conflict: true }) } },
  { method: "get", path: "/api/countries", tag: "Public", summary: "Every country with its capital's coordinates.",
    responses: { 200: { description: "The countries.", schema: ListCountriesResponseSchema } } },
  { method: "get", path: "/api/countries/{iso2}", tag: "Public", summary: "A country's profile, its links strongest first, and its recent events.",
    pathParams: iso2, query: GetCountryRequestSchema,
    responses: { 200: { description: "The country.", schema: GetCountryResponseSchema }, 400: error("Not an alpha-2 code, or a filter is invalid."), 404: error("No such country.") } },
  { method: "patch", path: "/api/countries/{iso2}", tag: "Admin", role: "admin", summary: "Edit a country's curated context text.", pathParams: iso2,
    body: { schema: UpdateCountryRequestSchema }, responses: { 200: { description: "The country as stored now.", schema: R.UpdateCountryResponseSchema }, ...mutationErrors("admin", { notFound: true, conflict: true }) } },
  { method: "get", path: "/api/events", tag: "Public", summary: "Events newest first, or full-text search with q (titles, summaries, sources), best match first.",
    description: "Pages follow `nextCursor`. Each event lists the links it counts toward.",
    query: SearchEventsRequestSchema, responses: { 200: { description: "A page of events.", schema: SearchEventsResponseSchema }, 400: error("A parameter is invalid.") } },
  { method: "get", path: "/api/timeline", tag: "Public", summary: "Every link and the light facts of every event the filters allow, for client-side timelines.",
    description: "`format=binary` answers the same data as `application/vnd.axis-atlas.timeline` (lib/domain/timeline-binary.ts: about a seventh of the JSON's bytes, compressed once per data version); `format=outline` only the range and the countries in a link.",
    query: TimelineRequestSchema, responses: { 200: { description: "Links and event facts (the JSON form), or the outline.", schema: z.union([TimelineResponseSchema, TimelineOutlineSchema]) }, 400: error("A filter is invalid.") } },
  { method: "get", path: "/api/compare", tag: "Public", summary: "Which links appeared, strengthened, weakened or went quiet between periods a and b (e.g. a=2019-01..2022-12).",
    query: CompareRequestSchema, responses: { 200: { description: "Links that changed, largest change first (at most 200; totalChanged counts them all), with each period's weightiest events.", schema: CompareResponseSchema }, 400: error("A period or filter is invalid.") } },
  { method: "post", path: "/api/events", tag: "Editors", role: "editor", summary: "Add an event (and a link for any new pair of countries).",
    body: { schema: CreateEventRequestSchema }, responses: { 201: { description: "The event.", schema: EventResponseSchema }, ...mutationErrors("editor") } },
  { method: "get", path: "/api/events/{id}", tag: "Public", summary: "One event. Retired events only for editors.", pathParams: eventId,
    responses: { 200: { description: "The event.", schema: EventResponseSchema }, 400: error("The id is not a UUID."), 404: error("No such (live) event.") } },
  { method: "patch", path: "/api/events/{id}", tag: "Editors", role: "editor", summary: "Edit an event, quoting the version you loaded.", pathParams: eventId,
    body: { schema: UpdateEventRequestSchema }, responses: { 200: { description: "The event as stored now.", schema: EventResponseSchema }, ...mutationErrors("editor", { notFound: true, conflict: true }) } },
  { method: "delete", path: "/api/events/{id}", tag: "Editors", role: "editor", summary: "Retire an event: it leaves the map and the API but stays in the audit trail.", pathParams: eventId,
    body: { schema: RetireEventRequestSchema }, responses: { 200: { description: "The retired event.", schema: EventResponseSchema }, ...mutationErrors("editor", { notFound: true, conflict: true }) } },
  { method: "post", path: "/api/events/{id}/restore", tag: "Editors", role: "editor", summary: "Bring a retired event back.", pathParams: eventId,
    body: { schema: RetireEventRequestSchema }, responses: { 200: { description: "The restored event.", schema: EventResponseSchema }, ...mutationErrors("editor", { notFound: true, conflict: true }) } },
  { method: "post", path: "/api/admin/users", tag: "Admin", role: "admin", summary: "Create an account with a role (sign-up is closed).",
    body: { schema: CreateUserRequestSchema }, responses: { 201: { description: "The account.", schema: R.CreateUserResponseSchema }, ...mutationErrors("admin") } },
  { method: "patch", path: "/api/admin/users/{id}", tag: "Admin", role: "admin", summary: "Change someone's role.", pathParams: UserPathSchema,
    body: { schema: UpdateUserRequestSchema }, responses: { 200: { description: "The account.", schema: R.UpdateUserResponseSchema }, ...mutationErrors("admin", { notFound: true }) } },
  { method: "post", path: "/api/admin/tokens", tag: "Admin", role: "admin", summary: "Create a personal API token (the secret is shown once).",
    body: { schema: CreateApiTokenRequestSchema }, responses: { 201: { description: "The token with its secret.", schema: R.CreateApiTokenResponseSchema }, ...mutationErrors("admin", { notFound: true }) } },
  { method: "delete", path: "/api/admin/tokens/{id}", tag: "Admin", role: "admin", summary: "Revoke a token.", pathParams: TokenPathSchema,
    responses: { 200: { description: "The revoked token.", schema: R.RevokeApiTokenResponseSchema }, ...mutationErrors("admin", { body: false, notFound: true }) } },
  { method: "post", path: "/api/auth/sign-in/email", tag: "Auth", summary: "Sign in with email and password; sets the session cookie.",
    description: "Better Auth's endpoint. Failed attempts are rate-limited per account and per address (429 with Retry-After).",
    body: { schema: R.SignInRequestSchema },
    responses: { 200: { description: "Signed in; the response sets the session cookie.", schema: R.SignInResponseSchema }, 401: { description: "Wrong email or password." }, 429: error("Too many failed attempts.") } },
  { method: "post", path: "/api/auth/sign-out", tag: "Auth", summary: "Sign out (clears the session cookie).",
    responses: { 200: { description: "Signed out.", schema: R.SignOutResponseSchema } } },
  { method: "get", path: "/api/auth/get-session", tag: "Auth", summary: "The signed-in session and user, or null.",
    responses: { 200: { description: "The session, or null when not signed in.", schema: R.SessionResponseSchema } } },
  { method: "get", path: "/api/export/events.csv", tag: "Export", summary: "The filtered events as CSV (oldest first).",
    description: "Countries are joined by \";\" (\"KP;RU\"); `sources` is a JSON array in one column. POST /api/import/events reads the file back.",
    query: ExportFiltersSchema, responses: { 200: { description: "The CSV file.", content: { "text/csv": csvText(EVENT_CSV_COLUMNS) }, headers: download }, ...exportErrors } },
  { method: "get", path: "/api/export/events.json", tag: "Export", summary: "The filtered events as JSON (oldest first).", query: ExportFiltersSchema,
    responses: { 200: { description: "The JSON file.", schema: EventsExportSchema, headers: download }, ...exportErrors } },
  { method: "get", path: "/api/export/links.csv", tag: "Export", summary: "The links with their numbers for the filters, as CSV.", query: LinksExportFiltersSchema,
    responses: { 200: { description: "The CSV file.", content: { "text/csv": csvText(LINK_CSV_COLUMNS) }, headers: download }, ...exportErrors } },
  { method: "get", path: "/api/export/links.json", tag: "Export", summary: "The links with their numbers for the filters, as JSON.", query: LinksExportFiltersSchema,
    responses: { 200: { description: "The JSON file.", schema: LinksExportSchema, headers: download }, ...exportErrors } },
  { method: "get", path: "/api/export/links.geojson", tag: "Export", summary: "Each link as the great-circle arc between the capitals, with its numbers (RFC 7946 GeoJSON).",
    description: "Every longitude lies within [-180, 180]: an arc that crosses the antimeridian is a MultiLineString cut there, its parts ending and starting on ±180 at the same latitude (RFC 7946 §3.1.9); any other arc is a LineString. Lines start and end at the capitals' coordinates.", query: LinksExportFiltersSchema,
    responses: { 200: { description: "A GeoJSON FeatureCollection.", schema: LinksGeoJsonSchema, mediaType: "application/geo+json", headers: download }, ...exportErrors } },
  { method: "post", path: "/api/import", tag: "Import", role: "editor", summary: "Check (dry run) or import a file of any format: GDELT, ICEWS, SIPRI or the atlas's own events CSV/JSON, detected or named.",
    description: "One endpoint for every import. `format=auto` (the default) reads the format from the file's name and first 64 KB (a zip's first data file): GDELT (57, 58 or 61 tab-separated columns, no header), ICEWS (header row starting `Event ID`, `Event Date`), SIPRI (header row `Recipient,Supplier,Year of order,…` after its notes), or the events export's CSV (its header) or JSON. A file it cannot place answers 400 naming what it saw and what it expected. `dryRun=true` runs the import and rolls it back: the report says what an import would add (events, new links by id, rows skipped by reason with examples), and nothing is written (no events, links, audit entry or data-version change). GDELT, ICEWS and SIPRI run as a job (202; poll `statusUrl`); the events format answers 200 with its report, or 400 listing every invalid row as POST /api/import/events does. A format this server does not import yet (SIPRI until its importer lands) answers 400 on `format`. Up to 200 MB (events files: 20 MB); raw body (name it with `?name=`) or multipart field `file`.",
    query: ImportQuerySchema, body: { content: fileBody("The file: plain or .zip for GDELT, ICEWS and SIPRI.") },
    responses: {
      200: { description: "An events file checked or imported.", schema: ImportReportResponseSchema },
      202: { description: "A GDELT, ICEWS or SIPRI file: the check or import runs as a job.", schema: StartImportJobResponseSchema, headers: { location: { description: "The job's URL.", schema: { type: "string" } } } },
      400: error("No file, an empty one, a format that could not be told or is not imported yet (`issues[].path` is [\"format\"]), or invalid rows of an events file."),
      401: error("Not signed in."), 403: error("Not an editor."), 413: error("The file is larger than 200 MB (an events file: 20 MB)."),
    } },
  { method: "post", path: "/api/import/events", tag: "Import", role: "editor", summary: "Import events in the atlas's own CSV or JSON format (all or nothing).",
    description: "The body is a file as GET /api/export/events.csv|json writes it (raw body, or multipart field `file`; up to 20 MB). The format comes from `?format=csv|json`, the content type, or the first character. Every row is checked with the rules of POST /api/events and against the known countries; if any row fails, nothing is written and the 400 lists every invalid row: `issues[].path` starts with the 1-based row number, then the field (e.g. `[3, \"countries\", 0]`). Rows whose `id` or `externalId` is already in the atlas are left as they are.",
    query: ImportEventsQuerySchema, body: { content: fileBody("The CSV or JSON file.") },
    responses: { 200: { description: "Imported.", schema: EventsImportResponseSchema }, 400: error("Invalid rows (nothing written): every one listed."), 401: error("Not signed in."), 403: error("Not an editor."), 413: error("The file is larger than 20 MB.") } },
  { method: "post", path: "/api/import/gdelt", tag: "Import", role: "editor", summary: "Upload a GDELT event file to import (answers at once with a job to poll).",
    description: `GDELT 2.0 export (61 columns), 1.0 daily (58) or historical (57), tab-separated, plain or .zip, up to 200 MB: raw body (name it with \`?name=\`) or multipart field \`file\`. Rows between two different atlas countries become machine-coded, "reported" events with external id \`gdelt:<GLOBALEVENTID>\` (a second import adds nothing); the rest are counted by reason. Poll the job (Location header) about once a second.\n\nCAMEO event codes map to categories as follows:\n\n${categoryTableMarkdown()}`,
    query: ImportGdeltQuerySchema, body: { content: fileBody("The GDELT file.") },
    responses: { 202: { description: "Upload received; the import runs.", schema: StartGdeltImportResponseSchema, headers: { location: { description: "The job's URL.", schema: { type: "string" } } } }, 400: error("No file, or an empty one."), 401: error("Not signed in."), 403: error("Not an editor."), 413: error("The file is larger than 200 MB.") } },
  { method: "post", path: "/api/import/icews", tag: "Import", role: "editor", summary: "Upload an ICEWS coded-event file to import (answers at once with a job to poll).",
    description: "ICEWS coded-event data: UTF-8, tab-separated, with its 20-column header row (Event ID, Event Date, Source Name, …, Publisher, …), plain or .zip, up to 200 MB: raw body (name it with `?name=`) or multipart field `file`. Columns are found by their header names. Rows whose Source and Target Country are two different atlas countries become machine-coded, \"reported\" events with external id `icews:<Event ID>` (a second import adds nothing); country names the importer does not know are counted as `unknown_country_name`, never guessed. CAMEO codes map to categories as for GDELT. Poll the job (Location header) about once a second.",
    query: ImportGdeltQuerySchema, body: { content: fileBody("The ICEWS file.") },
    responses: { 202: { description: "Upload received; the import runs.", schema: StartGdeltImportResponseSchema, headers: { location: { description: "The job's URL.", schema: { type: "string" } } } }, 400: error("No file, or an empty one."), 401: error("Not signed in."), 403: error("Not an editor."), 413: error("The file is larger than 200 MB.") } },
  { method: "post", path: "/api/import/sipri", tag: "Import", role: "editor", summary: "Upload a SIPRI Arms Transfers Database trade register to import (answers at once with a job to poll).",
    description: "SIPRI's trade register as its CSV download gives it: Latin-1 (a copy re-saved as UTF-8 is read too), explanatory lines, then the 16-column header (Recipient, Supplier, Year of order, \" \", Number ordered, \" \", Weapon designation, Weapon description, Number delivered, \" \", Year(s) of delivery, status, Comments, SIPRI TIV per unit, SIPRI TIV for total order, SIPRI TIV of delivered weapons), found by its content; plain or .zip, up to 200 MB: raw body (name it with `?name=`) or multipart field `file`. Each order between two different atlas countries becomes one `arms_transfer` event from supplier to recipient (participants' roles `supplier`, `recipient`), dated to its year of order (year precision), `confirmed` unless SIPRI marks its year or a number with `?` (then `reported`), score 7.4 (the Goldstein value of CAMEO 062, cooperate militarily; no CAMEO code is stored), `tivMillions` the TIV for the total order, SIPRI's database as its source, and external id `sipri:` + a hash of supplier, recipient, year of order, designation, description and number ordered (a second import adds nothing). Former states (`former_state`), non-state groups (`*`, `non_state_actor`), organisations (`**`, `organisation`) and unknown parties (`unknown_party`) are counted, never guessed. Poll the job (Location header) about once a second.",
    query: ImportGdeltQuerySchema, body: { content: fileBody("The SIPRI trade register (CSV).") },
    responses: { 202: { description: "Upload received; the import runs.", schema: StartGdeltImportResponseSchema, headers: { location: { description: "The job's URL.", schema: { type: "string" } } } }, 400: error("No file, or an empty one."), 401: error("Not signed in."), 403: error("Not an editor."), 413: error("The file is larger than 200 MB.") } },
  { method: "get", path: "/api/import/jobs/{id}", tag: "Import", role: "editor", summary: "An import job's progress and, once done, its report.",
    pathParams: ImportJobPathSchema,
    responses: { 200: { description: "The job.", schema: ImportJobResponseSchema }, 400: error("The id is not a UUID."), 401: error("Not signed in."), 403: error("Not an editor."), 404: error("No such job.") } },
  { method: "get", path: "/api/openapi.json", tag: "Public", summary: "This document.", responses: { 200: { description: "OpenAPI 3.1 document.", content: { "application/json": { type: "object" } } } } },
  { method: "get", path: "/api/docs", tag: "Public", summary: "This document as a readable page.", responses: { 200: { description: "HTML page.", content: { "text/html": { type: "string" } } } } },
];
// Each public read again at a data snapshot, /api/v/{version}/... (lib/http/versioned-route.ts).
OPERATIONS.push(...versionedOperations(OPERATIONS));

function parameters(op: Operation): JsonSchema[] {
  const list: JsonSchema[] = [];
  for (const [name, field] of Object.entries((op.pathParams?.shape ?? {}) as Record<string, z.ZodType>)) {
    const schema = jsonSchema(field, "input");
    list.push({ name, in: "path", required: true, ...(typeof schema.description === "string" ? { description: schema.description } : {}), schema });
  }
  if (op.query) {
    const shape = op.query.shape as Record<string, z.ZodType>;
    const required = new Set(((jsonSchema(op.query, "input").required as string[] | undefined) ?? []));
    for (const [name, field] of Object.entries(shape)) {
      const schema = jsonSchema(field, "input");
      const array = schema.type === "array";
      list.push({
        name,
        in: "query",
        required: required.has(name),
        // Comma-separated (a,b); the key may also be repeated (x=a&x=b), which means the same (lib/schemas/query.ts).
        ...(array ? { style: "form", explode: false } : {}),
        ...(typeof schema.description === "string" || array
          ? { description: [schema.description, array ? "Comma-separated (a,b), or the key repeated; both mean the same." : ""].filter(Boolean).join(" ") }
          : {}),
        schema,
      });
    }
  }
  return list;
}

function content(reply: { schema?: z.ZodType; mediaType?: string; content?: Record<string, JsonSchema> }, io: "input" | "output") {
  if (reply.content) return Object.fromEntries(Object.entries(reply.content).map(([type, schema]) => [type, { schema }]));
  if (reply.schema) return { [reply.mediaType ?? "application/json"]: { schema: jsonSchema(reply.schema, io) } };
  return undefined;
}

/**
 * The OpenAPI 3.1 document (a plain JSON-ready object) for every operation in OPERATIONS, schemas generated from
 * their zod schemas. `serverUrl`, when given, becomes the one entry of `servers`; without it there is none, which
 * OpenAPI reads as "/" (the document's own origin).
 */
export function buildOpenApiDocument(options: { serverUrl?: string } = {}) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of OPERATIONS) {
    const responses: Record<string, unknown> = {};
    for (const [status, reply] of Object.entries(op.responses)) {
      const body = content(reply, "output");
      responses[status] = { description: reply.description, ...(body ? { content: body } : {}), ...(reply.headers ? { headers: reply.headers } : {}) };
    }
    if (!op.responses[500]) responses["500"] = { description: "Our bug.", content: { "application/json": { schema: { $ref: "#/components/schemas/ErrorResponse" } } } };
    const requestBody = op.body ? content(op.body, "input") : undefined;
    const params = parameters(op);
    (paths[op.path] ??= {})[op.method] = {
      operationId: `${op.method}${op.path.replace(/\{(\w+)\}/g, "By_$1").replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ""))}`,
      tags: [op.tag],
      summary: op.summary,
      ...(op.description ? { description: op.description } : {}),
      ...(params.length ? { parameters: params } : {}),
      ...(requestBody ? { requestBody: { required: true, content: requestBody } } : {}),
      responses,
      security: op.role ? [{ session: [] }, { bearer: [] }] : [],
      ...(op.role ? { "x-required-role": op.role } : {}),
    };
  }
  return {
    openapi: "3.1.0",
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    info: {
      title: "Axis Atlas API",
      version: "1",
      description:
        "The ties between states, from dated, sourced, evidence-graded events. Reads are public; writes need an editor or admin: a session cookie (browser, same origin only) or a personal API token (`Authorization: Bearer <token>`). Every error answers `{ error: { code, message, issues? } }`. Machine-coded events come from the GDELT Project (gdeltproject.org).",
    },
    ...(options.serverUrl ? { servers: [{ url: options.serverUrl }] } : {}),
    tags: ["Public", "Export", "Editors", "Import", "Admin", "Auth"].map((name) => ({ name })),
    paths,
    components: {
      securitySchemes: {
        session: { type: "apiKey", in: "cookie", name: "better-auth.session_token", description: "Set by POST /api/auth/sign-in/email. Mutations also need a same-site Origin header." },
        bearer: { type: "http", scheme: "bearer", description: "A personal API token from an admin (POST /api/admin/tokens)." },
      },
      schemas: { ErrorResponse: jsonSchema(ErrorResponseSchema, "output") },
    },
  };
}

export type OpenApiDocument = ReturnType<typeof buildOpenApiDocument>;
