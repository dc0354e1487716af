// Runs in the browser before React hydrates (Next.js's instrumentation-client convention), so it
// comes before any client module builds a zod schema.
// zod 4 probes whether `new Function` works and, if so, compiles a fast parser per object schema.
// Under our CSP (no 'unsafe-eval' in production: lib/security-headers.ts) that probe is a CSP
// violation on every page with a form. Jitless mode skips the probe and the compilation; parsing is
// the same, only that fast path is off, which form-sized input never notices.
import { config } from "zod/v4/core";

config({ jitless: true });
