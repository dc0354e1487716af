// Loads Prisma's WebAssembly schema engine (@prisma/schema-engine-wasm) in plain Node.
//
// Why not `import '@prisma/schema-engine-wasm'`? Its entry point does
// `import * as wasm from "./schema_engine_bg.wasm"`, which Node 20 cannot import (ESM
// integration for .wasm is still behind a flag). So we compile the .wasm ourselves and
// hand it the package's JS glue module (`schema_engine_bg.js`) as its import object,
// which is exactly what the entry point would have done.

import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

import * as glue from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * The wasm engine reports the reason of a Rust panic by calling
 * `globalThis.PRISMA_WASM_PANIC_REGISTRY.set_message(...)` right before it traps with a
 * `RuntimeError: unreachable`. Without this registry a panic would crash the glue code itself.
 */
class WasmPanicRegistry {
  message = "";
  get() {
    return this.message;
  }
  set_message(message) {
    this.message = message;
  }
}
globalThis.PRISMA_WASM_PANIC_REGISTRY = new WasmPanicRegistry();

/** Message of the last Rust panic, if any (see WasmPanicRegistry). */
export function lastPanicMessage() {
  return globalThis.PRISMA_WASM_PANIC_REGISTRY.get();
}

let initialised;
/** Instantiates the wasm module once per process and returns the glue module's exports. */
export async function loadSchemaEngineWasm() {
  initialised ??= (async () => {
    const gluePath = fileURLToPath(import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg"));
    const bytes = await readFile(join(dirname(gluePath), "schema_engine_bg.wasm"));
    // wasm-bindgen emits every import under the module name "./schema_engine_bg.js".
    const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": glue });
    glue.__wbg_set_wasm(instance.exports);
    instance.exports.__wbindgen_start();
    return glue;
  })();
  return initialised;
}
