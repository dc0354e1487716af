// A capturing mail server for the end-to-end run. The production server under test sends real
// SMTP (SMTP_URL) to it, exactly as it would to a provider: the dev outbox never exists in a
// production build. Mail is the one thing outside the machine, so it is the one thing replaced.
// Test workers run in other processes, so the captured messages are served to them over a small
// HTTP endpoint on 127.0.0.1 (its URL reaches them through `inject("mailURL")`).
import { randomUUID } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** One message as one recipient received it (the shape support.ts's `outbox()` returns). */
export type CapturedEmail = { id: string; to: string; subject: string; text: string; createdAt: string };

export type MailCapture = {
  /** For the app: `smtp://127.0.0.1:<port>`. */
  smtpUrl: string;
  /** For the tests: GET `<url>/emails?to=<address>` answers `{ emails }`, newest first. */
  url: string;
  close(): Promise<void>;
};

const listening = (server: { once(event: "error", cb: (error: Error) => void): unknown }, listen: (ready: () => void) => unknown) =>
  new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    listen(resolve);
  });

export async function startMailCapture(): Promise<MailCapture> {
  const emails: CapturedEmail[] = [];

  const smtp = new SMTPServer({
    // Plain SMTP on loopback, no login: like a local relay. Without STARTTLS on offer, nodemailer
    // sends in the clear instead of trying (and failing) to upgrade.
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    size: 1024 * 1024,
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          const createdAt = new Date().toISOString();
          for (const recipient of session.envelope.rcptTo) {
            emails.push({
              id: randomUUID(),
              to: recipient.address.toLowerCase(),
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              createdAt,
            });
          }
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await listening(smtp, (ready) => smtp.listen(0, "127.0.0.1", ready));
  const smtpPort = (smtp.server.address() as AddressInfo).port;

  const api = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    if (request.method !== "GET" || url.pathname !== "/emails") {
      response.writeHead(404).end();
      return;
    }
    const to = url.searchParams.get("to")?.trim().toLowerCase();
    const matching = emails.filter((email) => !to || email.to === to).reverse();
    response.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify({ emails: matching }));
  });
  await listening(api, (ready) => api.listen(0, "127.0.0.1", ready));
  const apiPort = (api.address() as AddressInfo).port;

  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    url: `http://127.0.0.1:${apiPort}`,
    async close() {
      await Promise.all([
        new Promise<void>((resolve) => smtp.close(() => resolve())),
        new Promise<void>((resolve) => {
          api.closeAllConnections();
          api.close(() => resolve());
        }),
      ]);
    },
  };
}
