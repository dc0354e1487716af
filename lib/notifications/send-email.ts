import "server-only";
import nodemailer, { type Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env, outboxEnabled } from "@/lib/env";

export type Email = { to: string; subject: string; text: string; html?: string };

let transporter: Transporter | undefined;

/**
 * Sends through SMTP when SMTP_URL is set (the end-to-end run points it at a capturing SMTP server
 * on 127.0.0.1). Without SMTP in development and tests the message is stored in the dev outbox
 * instead, where /dev/outbox shows it to this machine; in production it is not sent at all.
 */
export async function sendEmail(email: Email): Promise<void> {
  if (env.SMTP_URL) {
    transporter ??= nodemailer.createTransport(env.SMTP_URL);
    await transporter.sendMail({ from: env.EMAIL_FROM, ...email });
    return;
  }
  if (!outboxEnabled) {
    // A production server without SMTP cannot deliver anything; say so loudly in the log.
    console.error(`SMTP_URL is not set: email "${email.subject}" to ${email.to} was not sent.`);
    return;
  }
  await db.outboxEmail.create({ data: email });
}
