import Link from "next/link";
import { Logo } from "@/components/ui/logo";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md px-6 py-16">
      <header>
        <Logo />
      </header>
      <main id="main" className="mt-10">
        <h1 className="text-2xl font-bold text-ink">We couldn&apos;t find that page</h1>
        <p className="mt-2 text-muted">It may have moved, or you may not have access to it.</p>
        <p className="mt-6">
          <Link href="/" className="font-semibold text-brand-700 underline">
            Go to the start page
          </Link>
        </p>
      </main>
    </div>
  );
}
