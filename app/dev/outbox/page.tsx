import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Logo } from "@/components/ui/logo";
import { PageHeader } from "@/components/ui/page-header";
import { isAppError } from "@/lib/errors";
import { listOutbox } from "@/lib/notifications/outbox";

export const metadata: Metadata = { title: "Dev outbox" };
export const dynamic = "force-dynamic";

const LINK = /(https?:\/\/\S+)/g;

/** Off (production, SMTP set) or asked from another machine: the same 404 as any unknown page. */
async function loadOutbox() {
  try {
    return await listOutbox(await headers(), { limit: 50 });
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function OutboxPage() {
  const emails = await loadOutbox();
  return (
    <div className="mx-auto max-w-3xl px-6 py-8">
      <header className="mb-6">
        <Logo />
      </header>
      <main id="main">
        <PageHeader
          title="Dev outbox"
          description="No mail server is configured, so emails land here instead. Newest first. Set SMTP_URL to send real mail."
        />
        {emails.length === 0 ? (
          <EmptyState title="No emails yet">Sign up or ask for a sign-in link and the message will appear here.</EmptyState>
        ) : (
          <ol className="flex flex-col gap-4">
            {emails.map((email) => (
              <li key={email.id}>
                <Card>
                  <h2 className="font-semibold text-ink">{email.subject}</h2>
                  <p className="text-sm text-muted">
                    To {email.to} · {email.createdAt.toISOString().replace("T", " ").slice(0, 19)} UTC
                  </p>
                  <div className="mt-3 whitespace-pre-wrap break-words text-sm text-ink">
                    {email.text.split(LINK).map((part, i) =>
                      i % 2 === 1 ? (
                        <a key={i} href={part} className="font-semibold text-brand-700 underline">
                          {part}
                        </a>
                      ) : (
                        <span key={i}>{part}</span>
                      ),
                    )}
                  </div>
                </Card>
              </li>
            ))}
          </ol>
        )}
      </main>
    </div>
  );
}
