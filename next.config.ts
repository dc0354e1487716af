import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time;
  // bundling it breaks those paths (see ../shared/STACK.md).
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2"],
  poweredByHeader: false,
  // Several builds side by side (e.g. two people running the browser suite on one machine).
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

export default nextConfig;
