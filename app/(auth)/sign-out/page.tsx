import type { Metadata } from "next";
import Link from "next/link";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Sign out" };

export default function SignOutPage() {
  return (
    <Card>
      <h1 className="text-2xl font-bold text-ink">Sign out?</h1>
      <p className="mt-2 mb-6 text-muted">You can sign back in any time with your password or an emailed link.</p>
      <div className="flex flex-wrap gap-3">
        <SignOutButton />
        <Link href="/dashboard" className="inline-flex items-center px-4 py-2.5 text-sm font-semibold text-brand-700 underline">
          Stay signed in
        </Link>
      </div>
    </Card>
  );
}
