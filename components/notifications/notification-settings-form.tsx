"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Switch } from "@/components/ui/switch";
import { saveNotificationPreferencesAction } from "@/lib/notifications/actions";
import { NOTIFICATION_KIND_COPY, NOTIFICATION_KIND_GROUPS, NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/kinds";

type Email = Record<NotificationKind, boolean>;

/**
 * One switch per kind of notification; each change is saved at once and announced. A failed
 * save puts the switch back and says so.
 */
export function NotificationSettingsForm({ initial }: { initial: Email }) {
  const [email, setEmail] = useState<Email>(initial);
  const [busy, setBusy] = useState<"all" | NotificationKind | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");

  async function save(changes: Partial<Email>, key: "all" | NotificationKind, announce: string) {
    const before = email;
    setEmail({ ...email, ...changes });
    setBusy(key);
    setError("");
    setStatus("");
    try {
      const result = await saveNotificationPreferencesAction({ email: changes });
      if (!result.ok || !result.preferences) throw new Error(result.message);
      setEmail(result.preferences.email);
      setStatus(announce);
    } catch {
      setEmail(before);
      setError("We could not save that change. Please try again.");
    } finally {
      setBusy(null);
    }
  }

  const allOff = NOTIFICATION_KINDS.every((kind) => !email[kind]);
  const setAll = (on: boolean) =>
    save(
      Object.fromEntries(NOTIFICATION_KINDS.map((kind) => [kind, on])) as Email,
      "all",
      on ? "Saved: every kind of email is on again." : "Saved: no more notification emails. You will still see everything here in the app.",
    );

  return (
    <div className="flex flex-col gap-4">
      <p role="status" aria-live="polite" className={status ? "text-sm font-medium text-emerald-800" : "sr-only"}>
        {status}
      </p>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}

      {NOTIFICATION_KIND_GROUPS.map((group, index) => (
        <Card key={group.title} aria-labelledby={`notification-group-${index}`} className="p-5 sm:p-6">
          <h2 id={`notification-group-${index}`} className="text-lg font-semibold text-ink">
            {group.title}
          </h2>
          <ul className="mt-3 divide-y divide-line">
            {group.kinds.map((kind) => {
              const copy = NOTIFICATION_KIND_COPY[kind];
              const id = `email-${kind.toLowerCase().replaceAll("_", "-")}`;
              return (
                <li key={kind} className="flex flex-col gap-1.5 py-4 first:pt-2 last:pb-0">
                  <Switch
                    id={id}
                    label={copy.label}
                    checked={email[kind]}
                    describedBy={`${id}-help`}
                    disabled={busy !== null}
                    busy={busy === kind}
                    onChange={(on) =>
                      save(
                        { [kind]: on },
                        kind,
                        on
                          ? `Saved: we will email you about ${copy.label.toLowerCase()}.`
                          : `Saved: no emails about ${copy.label.toLowerCase()}.`,
                      )
                    }
                  />
                  <p id={`${id}-help`} className="pl-15 text-sm text-muted">
                    {copy.description}
                    {email[kind] ? null : <span className="font-semibold text-ink"> In the app only.</span>}
                  </p>
                </li>
              );
            })}
          </ul>
        </Card>
      ))}

      <div className="flex flex-wrap items-center gap-3">
        <Button type="button" variant="secondary" disabled={busy !== null} onClick={() => setAll(allOff)}>
          {allOff ? "Turn all emails back on" : "Turn off all emails"}
        </Button>
        <p className="text-sm text-muted">In-app notifications always stay on.</p>
      </div>
    </div>
  );
}
