// `npm run dev`: the Next.js dev server, listening on 127.0.0.1 only unless HOST says otherwise
// (`HOST=0.0.0.0 npm run dev` to try the app from a phone on the same network). The dev server
// shows the dev outbox (working sign-in links for any address) to this machine; binding loopback
// is what keeps the rest of the network from reaching it at all. Extra arguments go to `next dev`
// (`npm run dev -- --port 4000`); PORT works as usual.
import { spawn } from "node:child_process";
import { createRequire } from "node:module";

const host = process.env.HOST?.trim() || "127.0.0.1";
const args = process.argv.slice(2);
const hostGiven = args.some((arg) => arg === "-H" || arg === "--hostname" || arg.startsWith("--hostname="));
const loopback = ["127.0.0.1", "localhost", "::1"].includes(host);

if (!loopback && !hostGiven) {
  console.warn(
    `\n  Listening on ${host}: other machines can reach this dev server. Anyone who can reach it can\n` +
      `  also forge "local" request headers, so set SMTP_URL (a real or catching mail server) to keep\n` +
      `  sign-in links out of the dev outbox.\n`,
  );
}

const next = createRequire(import.meta.url).resolve("next/dist/bin/next");
const child = spawn(process.execPath, [next, "dev", ...(hostGiven ? [] : ["--hostname", host]), ...args], { stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
