#!/usr/bin/env node
// Schema-engine bridge: a drop-in replacement for Prisma's native `schema-engine` binary.
//
// The Prisma 7 CLI downloads a native schema engine from a host this project cannot reach,
// and a native engine could not open the embedded PGlite database anyway. prisma.config.ts
// points PRISMA_SCHEMA_ENGINE_BINARY at this script, which speaks the same protocol and
// delegates to Prisma's own WebAssembly schema engine over a driver adapter (PGlite for
// `file:` URLs, node-postgres for `postgresql://` URLs). See
// docs/decisions/0001-prisma-cli-offline-schema-engine-bridge.md.
//
// How the CLI uses the binary:
//   <bin> --version
//   <bin> --datasource '{"url":...}' cli can-connect-to-database | create-database | drop-database
//   <bin> [--datamodels <file>]... --datasource '{"url":...,"shadowDatabaseUrl"?:...}'
//        then JSON-RPC 2.0 on stdin/stdout, one JSON object per line.
// stdout belongs to the protocol; every log line goes to stderr.

import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";

import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";

import { canConnect, closeAll, createAdapterFactory, createDatabase, dropDatabase, UserFacingError } from "./adapters.mjs";
import { lastPanicMessage, loadSchemaEngineWasm } from "./wasm-engine.mjs";

// ---------------------------------------------------------------------------------------------
// Logging. The CLI reads stderr line by line and understands the native engine's JSON log
// format ({ level, fields: { message, error_code? }, target }); for the one-shot commands it
// even *requires* every stderr line after the first to be JSON. So we only ever log JSON.
// ---------------------------------------------------------------------------------------------

function log(level, message, extra = {}, target = "schema_engine_bridge") {
  const line = JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message: String(message), ...extra }, target });
  try {
    process.stderr.write(line + "\n");
  } catch {
    // The CLI may already have gone away (it kills us right after closing stdin).
  }
}

// Libraries that print (PGlite/emscripten, pg notices...) must not corrupt the stdout protocol.
for (const [name, level] of [
  ["log", "INFO"],
  ["info", "INFO"],
  ["debug", "DEBUG"],
  ["warn", "WARN"],
  ["error", "ERROR"],
]) {
  console[name] = (...args) => log(level, args.map((a) => (typeof a === "string" ? a : (a?.stack ?? JSON.stringify(a)))).join(" "));
}

// ---------------------------------------------------------------------------------------------
// Arguments
// ---------------------------------------------------------------------------------------------

function parseArgs(argv) {
  const args = { datamodels: [], datasource: undefined, command: undefined, version: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--version" || arg === "-V") args.version = true;
    else if (arg === "--datamodels") args.datamodels.push(argv[++i]);
    else if (arg === "--datasource") args.datasource = JSON.parse(argv[++i]);
    else if (arg === "--enabled-preview-features" || arg === "--extension-types")
      i++; // not needed by the wasm engine
    else if (arg === "cli") args.command = argv[++i];
    else log("WARN", `ignoring unknown argument ${arg}`);
  }
  return args;
}

// ---------------------------------------------------------------------------------------------
// One-shot commands
// ---------------------------------------------------------------------------------------------

async function runCliCommand(command, datasource) {
  // The CLI drops the first stderr line before parsing the rest as JSON: give it one.
  log("INFO", `schema-engine bridge: cli ${command}`);
  try {
    const url = datasource?.url;
    switch (command) {
      case "can-connect-to-database":
        await canConnect(url, process.cwd());
        break;
      case "create-database":
        log("INFO", `created database ${await createDatabase(url, process.cwd())}`);
        break;
      case "drop-database":
        log("INFO", `dropped database ${await dropDatabase(url, process.cwd())}`);
        break;
      default:
        throw new UserFacingError("P1012", `Unsupported schema-engine cli command: ${command}`);
    }
    return 0;
  } catch (error) {
    // This exact shape (level ERROR, target schema_engine::logger, fields.error_code) is what
    // the CLI looks for to tell "database does not exist" (P1003) from other failures.
    log("ERROR", error?.message ?? String(error), { error_code: error?.code ?? "P1001" }, "schema_engine::logger");
    return 1;
  }
}

// ---------------------------------------------------------------------------------------------
// JSON-RPC server
// ---------------------------------------------------------------------------------------------

/** Methods that are forwarded unchanged to the wasm `SchemaEngine`. */
const ENGINE_METHODS = new Set([
  "applyMigrations",
  "createMigration",
  "dbExecute",
  "devDiagnostic",
  "diagnoseMigrationHistory",
  "diff",
  "ensureConnectionValidity",
  "evaluateDataLoss",
  "introspect",
  "introspectSql",
  "markMigrationApplied",
  "markMigrationRolledBack",
  "reset",
  "schemaPush",
]);

function needsWarmMigrationCache(method, params, error) {
  return (
    (method === "evaluateDataLoss" || method === "createMigration") &&
    params?.migrationsList?.migrationDirectories?.length > 0 &&
    /shadow DB must be provided through an external factory/.test(String(error?.message ?? error))
  );
}

/** Turns anything the wasm engine or an adapter throws into the `error.data` the CLI reads. */
function toErrorData(error, adapterFactory) {
  // Errors raised inside the driver adapter are parked in the factory's error registry and
  // reach us as an opaque id; look the original up to get a readable message.
  const registered = adapterFactory?.errorRegistry?.lookupError?.(error)?.error;
  if (registered) {
    const cause = registered.cause;
    const detail = cause?.originalMessage ?? cause?.message ?? registered.message ?? JSON.stringify(cause);
    return { is_panic: false, message: `Driver adapter error: ${detail}`, error_code: cause?.originalCode ?? undefined };
  }
  if (error instanceof WebAssembly.RuntimeError) {
    return { is_panic: true, message: lastPanicMessage() || error.message, backtrace: error.stack };
  }
  if (error && typeof error === "object" && "code" in error && error.code) {
    return { is_panic: false, message: error.message, error_code: error.code, meta: error.meta ?? null };
  }
  const message = error?.message ?? String(error);
  const cause = error?.cause ? `\n${error.cause?.message ?? error.cause}` : "";
  return { is_panic: false, message: message + cause };
}

async function serve({ datamodels, datasource }) {
  const glue = await loadSchemaEngineWasm();
  log("INFO", `schema-engine bridge started (wasm engine ${glue.version()})`);

  // Created lazily on the first request, so a bad URL becomes an RPC error the CLI can
  // display instead of a crash at startup.
  let adapterFactory;
  let enginePromise;
  const getEngine = () =>
    (enginePromise ??= (async () => {
      adapterFactory = bindMigrationAwareSqlAdapterFactory(createAdapterFactory(datasource, process.cwd()));
      const files = await Promise.all(datamodels.map(async (path) => [path, await readFile(path, "utf8")]));
      // `datamodels` must be undefined or non-empty.
      return glue.SchemaEngine.new({ datamodels: files.length ? files : undefined }, (line) => log("INFO", line), adapterFactory);
    })());

  async function handle(method, params) {
    switch (method) {
      case "getDatabaseVersion":
        return (await getEngine()).version(params ?? null);
      case "createDatabase": {
        // Not part of the wasm engine: the database has to exist before an adapter can connect.
        const url = params?.datasource?.tag === "ConnectionString" ? params.datasource.url : datasource?.url;
        return { databaseName: await createDatabase(url, process.cwd()) };
      }
      case "debugPanic":
        return (await getEngine()).debugPanic();
      default: {
        if (!ENGINE_METHODS.has(method)) {
          throw Object.assign(new Error(`Method not supported by the schema-engine bridge: ${method}`), { rpcCode: -32601 });
        }
        const engine = await getEngine();
        try {
          // Call through the instance: detaching the method loses its wasm `this`.
          return await engine[method](params ?? {});
        } catch (error) {
          if (!needsWarmMigrationCache(method, params, error)) throw error;
          // The wasm engine builds "the schema the migrations produce" with a shadow database
          // only in diagnoseMigrationHistory/devDiagnostic and caches it by migration list;
          // evaluateDataLoss/createMigration just read that cache and fail when it misses
          // (e.g. `migrate dev` on a fresh database: devDiagnostic saw no applied migrations).
          // Fill the cache the supported way, then retry once.
          log("INFO", `${method}: warming the migration schema cache with diagnoseMigrationHistory`);
          await engine.diagnoseMigrationHistory({
            migrationsList: params.migrationsList,
            optInToShadowDatabase: true,
            filters: params.filters ?? { externalTables: [], externalEnums: [] },
          });
          return await engine[method](params);
        }
      }
    }
  }

  const send = (message) => process.stdout.write(JSON.stringify(message) + "\n");

  // Requests are handled one at a time, in order, like the native engine does.
  let queue = Promise.resolve();
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let request;
    try {
      request = JSON.parse(line);
    } catch {
      send({ jsonrpc: "2.0", id: null, error: { code: -32700, message: "Parse error" } });
      return;
    }
    // A response to a request *we* sent (the native engine can ask the CLI to print): ignore.
    if (request.method === undefined) return;
    queue = queue.then(async () => {
      try {
        const result = await handle(request.method, request.params);
        send({ jsonrpc: "2.0", id: request.id, result: result ?? null });
      } catch (error) {
        const data = toErrorData(error, adapterFactory);
        log("ERROR", data.message, { error_code: data.error_code }, "schema_engine::logger");
        send({
          jsonrpc: "2.0",
          id: request.id,
          error: { code: error?.rpcCode ?? 4466, message: "An error happened. Check the data field for details.", data },
        });
      }
    });
  });

  // The CLI ends stdin and immediately sends SIGTERM: either way, finish pending work, close
  // the databases (PGlite must be closed to leave its folder clean) and exit.
  let shuttingDown;
  const shutdown = () =>
    (shuttingDown ??= (async () => {
      await queue;
      try {
        if (enginePromise) (await enginePromise.catch(() => undefined))?.free();
      } catch {
        // Freeing is best effort.
      }
      await closeAll();
      process.exit(0);
    })());
  lines.on("close", shutdown);
  process.on("SIGTERM", shutdown);
  process.on("SIGINT", shutdown);
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

process.on("unhandledRejection", (reason) => log("ERROR", `unhandled rejection: ${reason?.stack ?? reason}`));

const args = parseArgs(process.argv.slice(2));

if (args.version) {
  const glue = await loadSchemaEngineWasm();
  process.stdout.write(`schema-engine-cli ${glue.version()} (wasm bridge)\n`);
  process.exit(0);
} else if (args.command) {
  const code = await runCliCommand(args.command, args.datasource);
  await closeAll();
  process.exit(code);
} else {
  await serve(args);
}
