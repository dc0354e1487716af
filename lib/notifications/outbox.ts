import "server-only";
import { db } from "@/lib/db";
import { outboxEnabled } from "@/lib/env";
import { AppError } from "@/lib/errors";

/** The dev outbox, newest first. Refused (as NOT_FOUND) whenever the outbox is off. */
export async function listOutbox(options: { to?: string; limit?: number } = {}) {
  if (!outboxEnabled) throw new AppError("NOT_FOUND");
  return db.outboxEmail.findMany({
    where: options.to ? { to: options.to.trim().toLowerCase() } : undefined,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: Math.min(options.limit ?? 50, 200),
  });
}
