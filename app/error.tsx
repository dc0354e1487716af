"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main id="main" className="mx-auto max-w-md px-6 py-16">
      <h1 className="text-2xl font-bold text-ink">Something went wrong</h1>
      <p className="mt-2 mb-6 text-muted">It was our fault, not yours. Please try again in a moment.</p>
      <Button onClick={reset}>Try again</Button>
    </main>
  );
}
