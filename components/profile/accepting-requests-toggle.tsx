"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { saveSectionAction } from "@/lib/profiles/actions";
import { Switch } from "@/components/ui/switch";
import type { RolesSection } from "@/lib/profiles/schemas";

/** A mentor's quick pause: flips "accepting new requests" and saves the roles section. */
export function AcceptingRequestsToggle({ roles }: { roles: RolesSection }) {
  const router = useRouter();
  const [accepting, setAccepting] = useState(roles.acceptingRequests);
  const [pending, setPending] = useState(false);
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string>();

  async function change(next: boolean) {
    setPending(true);
    setError(undefined);
    setAccepting(next);
    try {
      const result = await saveSectionAction("roles", { ...roles, acceptingRequests: next });
      if (!result.ok) throw new Error(result.message);
      setStatus(next ? "Saved: you are accepting new requests again." : "Saved: new requests are paused.");
      router.refresh();
    } catch {
      setAccepting(!next);
      setStatus("");
      setError("We could not save that. Please try again.");
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <Switch
        id="accepting-requests"
        label="Accepting new requests"
        checked={accepting}
        onChange={change}
        describedBy="accepting-requests-help"
        disabled={pending}
        busy={pending}
      />
      <p id="accepting-requests-help" className="max-w-prose text-sm text-muted">
        {accepting
          ? "People can send you requests and you appear in suggestions, up to your limit of " + roles.mentorCapacity + " mentees."
          : "Paused. Nobody can send you new requests and you are not suggested to anyone. Your current mentorships carry on."}
      </p>
      <p role="status" aria-live="polite" className={status ? "text-sm font-medium text-emerald-800" : "sr-only"}>
        {status}
      </p>
      {error ? (
        <p role="alert" className="text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
    </div>
  );
}
