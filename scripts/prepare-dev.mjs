// Runs before `npm run dev`: a local secret, an up-to-date embedded database, demo data.
// Everything here is idempotent, so a second `npm run dev` starts quickly.
import { execSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, readFileSync } from "node:fs";

const envFile = ".env.local";
const current = existsSync(envFile) ? readFileSync(envFile, "utf8") : "";
if (!process.env.AUTH_SECRET && !/^AUTH_SECRET=/m.test(current)) {
  // Development only: production refuses to start without a secret you set yourself.
  appendFileSync(envFile, `${current && !current.endsWith("\n") ? "\n" : ""}AUTH_SECRET=${randomBytes(32).toString("base64url")}\n`);
  console.log(`Generated AUTH_SECRET into ${envFile} (untracked).`);
}

const run = (command) => execSync(command, { stdio: "inherit" });
run("npx prisma migrate deploy");
run("npx tsx prisma/seed.ts --if-empty");
