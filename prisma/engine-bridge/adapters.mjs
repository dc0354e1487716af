// Driver adapters for the schema-engine bridge, chosen from the datasource URL:
//
//   file:<dir>                        -> embedded PGlite database stored in <dir> (relative to cwd)
//   postgres:// or postgresql://      -> PostgreSQL server through @prisma/adapter-pg
//
// Both are exposed as a "migration-aware" adapter factory ({ connect, connectToShadowDb }),
// which is what the wasm schema engine expects (after bindMigrationAwareSqlAdapterFactory).
// This module also implements the one-shot `cli can-connect-to-database / create-database /
// drop-database` commands for both kinds of database.

import { existsSync, readdirSync } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import { isAbsolute, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

/** An error the CLI knows how to present: `code` is a Prisma error code such as P1003. */
export class UserFacingError extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

// ---------------------------------------------------------------------------------------------
// URL parsing
// ---------------------------------------------------------------------------------------------

/**
 * @returns {{ kind: 'pglite', dir: string, schema: string }
 *         | { kind: 'postgres', connectionString: string, database: string, host: string, schema: string }}
 */
export function parseDatasourceUrl(url, cwd = process.cwd()) {
  if (!url) throw new UserFacingError("P1012", "The datasource URL is empty. Set DATABASE_URL or datasource.url in prisma.config.ts.");

  if (url.startsWith("file:")) {
    const [location, query = ""] = url.split("?", 2);
    const schema = new URLSearchParams(query).get("schema") || "public";
    // `file:///abs/dir` is a real file URL; `file:./dir`, `file:dir` and `file:/abs/dir` are
    // Prisma-style paths (relative ones resolve against the cwd the CLI gives us).
    const raw = location.startsWith("file://") ? fileURLToPath(location) : location.slice("file:".length);
    if (!raw) throw new UserFacingError("P1012", `The datasource URL "${url}" names no directory.`);
    return { kind: "pglite", dir: isAbsolute(raw) ? raw : resolve(cwd, raw), schema };
  }

  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) {
    const parsed = new URL(url);
    // `schema` is a Prisma parameter, not a libpq one: take it out before pg sees the URL.
    const schema = parsed.searchParams.get("schema") || "public";
    parsed.searchParams.delete("schema");
    return {
      kind: "postgres",
      connectionString: parsed.toString(),
      database: decodeURIComponent(parsed.pathname.slice(1)) || "postgres",
      host: `${parsed.hostname || "localhost"}:${parsed.port || 5432}`,
      schema,
    };
  }

  throw new UserFacingError(
    "P1013",
    `The schema-engine bridge supports "file:<dir>" (PGlite) and "postgresql://" URLs, got "${url.split(":")[0]}:".`,
  );
}

function quoteIdent(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A connection string to the same server, but to another database (default: `postgres`). */
function withDatabase(connectionString, database = "postgres") {
  const u = new URL(connectionString);
  u.pathname = `/${encodeURIComponent(database)}`;
  return u.toString();
}

/** Maps a pg / network error to the Prisma error the CLI expects from a connection check. */
function connectionError(error, target) {
  switch (error?.code) {
    case "3D000":
      return new UserFacingError("P1003", `Database \`${target.database}\` does not exist on the database server at \`${target.host}\`.`);
    case "28P01":
    case "28000":
      return new UserFacingError("P1000", `Authentication failed against database server at \`${target.host}\`: ${error.message}`);
    case "42501":
      return new UserFacingError("P1010", `User was denied access on the database \`${target.database}\`: ${error.message}`);
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
      return new UserFacingError("P1001", `Can't reach database server at \`${target.host}\`.`);
    default:
      return new UserFacingError("P1001", `Can't connect to database server at \`${target.host}\`: ${error?.message ?? error}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Adapter patching (quirks listed in /work/shared/STACK.md and docs/decisions/0001-*)
// ---------------------------------------------------------------------------------------------

/**
 * Fixes an adapter *instance* in place. We patch the instance rather than wrapping it because
 * `getConnectionInfo` must stay synchronous (a generic async wrapper breaks the engine) and
 * because bindMigrationAwareSqlAdapterFactory binds the methods of whatever object we return.
 */
function patchAdapter(adapter, { schemaName, executeScript, onDispose }) {
  // The engine needs a schema name; pglite-prisma-adapter (and PrismaPg without options)
  // report none, and the engine then fails with "failed to get connection info".
  const connectionInfo = adapter.getConnectionInfo?.bind(adapter);
  adapter.getConnectionInfo = () => {
    const info = connectionInfo?.() ?? { supportsRelationJoins: true };
    return { ...info, schemaName: info.schemaName ?? schemaName };
  };

  if (executeScript) adapter.executeScript = executeScript;

  // dispose() may be called by the engine and again by our exit cleanup: run it once.
  const dispose = adapter.dispose.bind(adapter);
  let disposed;
  adapter.dispose = () =>
    (disposed ??= (async () => {
      await dispose();
      await onDispose?.();
    })());
  return adapter;
}

/** Everything opened during this process, closed by closeAll() before exiting. */
const openResources = [];
export async function closeAll() {
  // Reverse order: shadow databases (opened last) go before the connections that created them.
  for (const close of openResources.splice(0).reverse()) {
    try {
      await close();
    } catch (error) {
      process.stderr.write(`schema-engine bridge: cleanup failed: ${error?.message ?? error}\n`);
    }
  }
}

// ---------------------------------------------------------------------------------------------
// PGlite
// ---------------------------------------------------------------------------------------------

async function openPGlite(dataDir) {
  // PGlite() without a directory is an in-memory database.
  const db = dataDir ? new PGlite(dataDir) : new PGlite();
  await db.waitReady;
  return db;
}

/** An adapter over an open PGlite; the instance itself is closed by closeAll(). */
function pgliteAdapter(db, schemaName) {
  return (async () => {
    const adapter = await new PrismaPGlite(db).connect();
    return patchAdapter(adapter, {
      schemaName,
      // pglite-prisma-adapter 0.7 does not await `exec()` in executeScript, so a failing
      // migration script would surface as an unhandled rejection instead of an engine error.
      executeScript: async (script) => {
        try {
          await db.exec(script);
        } catch (error) {
          adapter.onError(error);
        }
      },
    });
  })();
}

/**
 * Empties a PGlite database: drops every user schema and recreates `public`, leaving it like a
 * freshly initialised cluster as far as the schema engine can tell.
 */
async function wipePGlite(db) {
  const { rows } = await db.query(
    `SELECT nspname FROM pg_namespace
     WHERE nspname NOT IN ('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_%'`,
  );
  const drops = rows.map(({ nspname }) => `DROP SCHEMA ${quoteIdent(nspname)} CASCADE;`).join("\n");
  await db.exec(`${drops}\nCREATE SCHEMA public;`);
}

function pgliteFactory(target) {
  let main;
  let shadow;
  return {
    provider: "postgres",
    adapterName: "@electric-sql/pglite (schema-engine bridge)",
    async connect() {
      // One PGlite instance owns its data folder: share it between connect() calls.
      main ??= openPGlite(target.dir).then((db) => {
        openResources.push(() => db.close());
        return db;
      });
      return pgliteAdapter(await main, target.schema);
    },
    async connectToShadowDb() {
      // An in-memory database is the perfect shadow database: empty, isolated, nothing to clean
      // up on disk. Creating one runs initdb (seconds), and `migrate dev` asks for a shadow
      // database twice per run, so we create one per process and wipe it for later requests.
      if (shadow) {
        await wipePGlite(await shadow);
      } else {
        shadow = openPGlite(undefined).then((db) => {
          openResources.push(() => db.close());
          return db;
        });
      }
      return pgliteAdapter(await shadow, "public");
    },
  };
}

// ---------------------------------------------------------------------------------------------
// PostgreSQL server
// ---------------------------------------------------------------------------------------------

const PG_CHAR_OID = 18; // the internal one-byte `"char"` type (pg_class.relkind and friends)
const PG_TEXT_OID = 25;

/**
 * @prisma/adapter-pg 7.10 cannot map columns of type `"char"` (it throws "Column type 'char'
 * could not be deserialized"), and the engine's catalog queries return such columns when it
 * describes a PostgreSQL schema. Their values are plain strings, so report them as `text`.
 */
function mapCharColumnsToText(queryable) {
  const performIO = queryable.performIO.bind(queryable);
  queryable.performIO = async (query) => {
    const result = await performIO(query);
    for (const field of result.fields ?? []) {
      if (field.dataTypeID === PG_CHAR_OID) field.dataTypeID = PG_TEXT_OID;
    }
    return result;
  };
  return queryable;
}

async function pgAdapter(connectionString, schemaName, onDispose) {
  const adapter = mapCharColumnsToText(await new PrismaPg({ connectionString }, { schema: schemaName }).connect());
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (...args) => mapCharColumnsToText(await startTransaction(...args));
  return patchAdapter(adapter, {
    schemaName,
    // PrismaPg's executeScript splits the script on every ";" (which breaks on semicolons in
    // strings, comments or function bodies). PostgreSQL's simple query protocol runs a whole
    // multi-statement script in one round trip, so send it as is.
    executeScript: async (script) => {
      try {
        await adapter.underlyingDriver().query(script);
      } catch (error) {
        adapter.onError(error);
      }
    },
    onDispose,
  });
}

function postgresFactory(target, shadowDatabaseUrl) {
  return {
    provider: "postgres",
    adapterName: "@prisma/adapter-pg (schema-engine bridge)",
    async connect() {
      const adapter = await pgAdapter(target.connectionString, target.schema);
      openResources.push(() => adapter.dispose());
      return adapter;
    },
    async connectToShadowDb() {
      if (shadowDatabaseUrl) {
        // A configured shadow database (e.g. when the user may not CREATE DATABASE): like the
        // native engine, empty it before use.
        const shadow = parseDatasourceUrl(shadowDatabaseUrl);
        if (shadow.kind !== "postgres") throw new UserFacingError("P1013", "shadowDatabaseUrl must be a postgresql:// URL.");
        const adapter = await pgAdapter(shadow.connectionString, shadow.schema);
        openResources.push(() => adapter.dispose());
        await adapter
          .underlyingDriver()
          .query(`DROP SCHEMA IF EXISTS ${quoteIdent(shadow.schema)} CASCADE; CREATE SCHEMA ${quoteIdent(shadow.schema)};`);
        return adapter;
      }

      // Like the native engine: create a temporary database on the same server, drop it after.
      // (PrismaPg's own connectToShadowDb drops the database *before* closing its pool, which
      // fails with "database is being accessed by other users", and leaks a pool.)
      const name = `prisma_migrate_shadow_db_${globalThis.crypto.randomUUID()}`;
      const admin = new pg.Client({ connectionString: target.connectionString });
      await admin.connect();
      try {
        await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
      } finally {
        await admin.end();
      }
      const dropShadow = async () => {
        const client = new pg.Client({ connectionString: target.connectionString });
        await client.connect();
        try {
          await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
        } finally {
          await client.end();
        }
      };
      const adapter = await pgAdapter(withDatabase(target.connectionString, name), "public", dropShadow);
      openResources.push(() => adapter.dispose());
      return adapter;
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Public API
// ---------------------------------------------------------------------------------------------

/** The (unbound) migration-aware adapter factory for a `--datasource` object. */
export function createAdapterFactory(datasource, cwd = process.cwd()) {
  const target = parseDatasourceUrl(datasource?.url, cwd);
  return target.kind === "pglite" ? pgliteFactory(target) : postgresFactory(target, datasource?.shadowDatabaseUrl);
}

/** `cli can-connect-to-database`: throws a UserFacingError (P1003 when missing) or returns. */
export async function canConnect(url, cwd) {
  const target = parseDatasourceUrl(url, cwd);
  if (target.kind === "pglite") {
    // Opening PGlite on a missing folder would silently create the database. Report it as
    // missing instead, so `migrate dev` says "database created" like it does for a server.
    if (!existsSync(target.dir) || readdirSync(target.dir).length === 0) {
      throw new UserFacingError("P1003", `Database \`${target.dir}\` does not exist.`);
    }
    return;
  }
  const client = new pg.Client({ connectionString: target.connectionString, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw connectionError(error, target);
  } finally {
    await client.end().catch(() => {});
  }
}

/** `cli create-database` */
export async function createDatabase(url, cwd) {
  const target = parseDatasourceUrl(url, cwd);
  if (target.kind === "pglite") {
    await mkdir(target.dir, { recursive: true });
    // Initialise the cluster now (initdb), so the folder is a real database afterwards.
    const db = await openPGlite(target.dir);
    await db.close();
    return target.dir;
  }
  const client = new pg.Client({ connectionString: withDatabase(target.connectionString), connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw connectionError(error, { ...target, database: "postgres" });
  }
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [target.database]);
    if (!rowCount) await client.query(`CREATE DATABASE ${quoteIdent(target.database)}`);
    return target.database;
  } finally {
    await client.end().catch(() => {});
  }
}

/** `cli drop-database` */
export async function dropDatabase(url, cwd) {
  const target = parseDatasourceUrl(url, cwd);
  if (target.kind === "pglite") {
    await rm(target.dir, { recursive: true, force: true });
    return target.dir;
  }
  const client = new pg.Client({ connectionString: withDatabase(target.connectionString), connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw connectionError(error, { ...target, database: "postgres" });
  }
  try {
    await client.query(`DROP DATABASE IF EXISTS ${quoteIdent(target.database)}`);
    return target.database;
  } finally {
    await client.end().catch(() => {});
  }
}
