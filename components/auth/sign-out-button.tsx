"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function SignOutButton({ variant = "primary" }: { variant?: "primary" | "secondary" | "ghost" }) {
  const [pending, setPending] = useState(false);
  return (
    <Button
      type="button"
      variant={variant}
      disabled={pending}
      onClick={async () => {
        setPending(true);
        await signOut({ callbackUrl: "/sign-in?signedOut=1" });
      }}
    >
      {pending ? "Signing out…" : "Sign out"}
    </Button>
  );
}
