import type { Metadata } from "next";
import Link from "next/link";
import { SignUpForm } from "@/components/auth/sign-up-form";
import { Card } from "@/components/ui/card";

export const metadata: Metadata = { title: "Join" };

export default function SignUpPage() {
  return (
    <Card>
      <h1 className="text-2xl font-bold text-ink">Join Constellation</h1>
      <p className="mt-2 mb-6 text-muted">
        Create an account, confirm your email, then tell us whether you are looking for a mentor, offering to mentor, or both.
      </p>
      <SignUpForm />
      <p className="mt-6 text-sm text-muted">
        Already have an account?{" "}
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          Sign in
        </Link>
      </p>
    </Card>
  );
}
