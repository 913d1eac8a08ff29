// Prisma's schema engine compiled to WebAssembly. The Prisma CLI's migrate commands need a native engine
// that is downloaded at first use; this one ships inside an npm package, so migrations work offline.
// It writes the same `_prisma_migrations` table as `prisma migrate deploy`, so the two stay interchangeable.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SchemaEngine } from "@prisma/schema-engine-wasm";

const require = createRequire(import.meta.url);

let bindings: Promise<typeof import("@prisma/schema-engine-wasm")> | undefined;

/** Instantiates the WASM module once per process (the package's own entry imports .wasm, which Node cannot). */
function loadBindings() {
  bindings ??= (async () => {
    // The package's `exports` map hides the folder, so find it from its package.json's sibling entry file.
    const dir = path.dirname(require.resolve("@prisma/schema-engine-wasm"));
    const bg = await import(pathToFileURL(path.join(dir, "schema_engine_bg.js")).href);
    const bytes = await readFile(path.join(dir, "schema_engine_bg.wasm"));
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
    return bg;
  })();
  return bindings;
}

export interface OpenSchemaEngine {
  engine: SchemaEngine;
  /** Frees the engine and closes its connections (it holds Prisma's migration advisory lock while open). */
  close(): Promise<void>;
}

/** Opens a schema engine on the database at `connectionString`. */
export async function openSchemaEngine(connectionString: string, datamodel?: string): Promise<OpenSchemaEngine> {
  const { SchemaEngine } = await loadBindings();
  // Track the connections the engine opens, since freeing the engine does not close them.
  const factory = new PrismaPg({ connectionString, max: 2 });
  const opened: { dispose(): Promise<void> }[] = [];
  const tracked: Parameters<typeof bindMigrationAwareSqlAdapterFactory>[0] = {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => {
      const adapter = await factory.connect();
      opened.push(adapter);
      return runScriptsWhole(adapter);
    },
    connectToShadowDb: async () => {
      const adapter = await factory.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  const adapter = bindMigrationAwareSqlAdapterFactory(tracked);
  const datamodels: [string, string][] | undefined = datamodel ? [["schema.prisma", datamodel]] : undefined;
  const log = (message: string) => {
    if (process.env.DEBUG_SCHEMA_ENGINE) console.error("[schema-engine]", message);
  };
  const engine = await SchemaEngine.new({ datamodels }, log, adapter);
  return {
    engine,
    async close() {
      engine.free();
      await Promise.all(opened.map((a) => a.dispose()));
    },
  };
}

/**
 * The pg adapter runs a migration script by splitting it on every ";", which breaks function bodies
 * ($$ ... ; ... $$). The native engine behind `prisma migrate deploy` sends the script whole; do the same,
 * through Postgres's simple-query protocol, which accepts many statements in one message.
 */
function runScriptsWhole<T extends { executeScript(script: string): Promise<void> }>(adapter: T): T {
  const client = (adapter as unknown as { client: { query(sql: string): Promise<unknown> } }).client;
  const reportError = (adapter as unknown as { onError(error: unknown): never }).onError.bind(adapter);
  adapter.executeScript = async (script: string) => {
    try {
      await client.query(script);
    } catch (error) {
      reportError(error);
    }
  };
  return adapter;
}
