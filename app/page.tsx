import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { ButtonLink } from "@/components/ui/button";
import { Logo } from "@/components/ui/logo";
import { getCurrentUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: { absolute: "Constellation: mentorship for library, archives and museum workers" } };

const POINTS = [
  {
    title: "Matches that explain themselves",
    text: "Suggestions show why they fit: the goals a mentor can help with, the formats you both like, the hours you share across time zones.",
  },
  {
    title: "Nothing starts without a yes from both",
    text: "You choose whom to ask and whom to accept. Coordinators can propose pairings for a cohort, but people still decide.",
  },
  {
    title: "A rhythm that keeps it going",
    text: "Monthly check-ins with a suggested topic, shown in both of your local times, so a mentorship does not quietly fade.",
  },
  {
    title: "More than one guide, and a safe way out",
    text: "Build your own constellation: mentors for different needs, peers at your stage. End any mentorship in a minute, no reason needed.",
  },
];

export default async function LandingPage() {
  if (await getCurrentUser()) redirect("/dashboard");
  return (
    <div className="min-h-screen bg-gradient-to-b from-brand-50 to-paper">
      <header className="mx-auto flex max-w-5xl items-center justify-between px-6 py-5">
        <Logo />
        <nav aria-label="Account" className="flex gap-2">
          <ButtonLink href="/sign-in" variant="ghost">
            Sign in
          </ButtonLink>
          <ButtonLink href="/sign-up">Join</ButtonLink>
        </nav>
      </header>
      <main id="main" className="mx-auto max-w-5xl px-6 pb-20 pt-10">
        <section className="max-w-3xl">
          <h1 className="text-4xl font-bold tracking-tight text-ink sm:text-5xl">
            Find the people who help you grow in library, archives and museum work.
          </h1>
          <p className="mt-5 text-lg text-muted">
            Constellation connects LIS students, staff, librarians, archivists and curators as mentors, mentees and peers: across
            institutions, career stages and sectors, at a pace that fits a working life. Mentoring goes both ways here, so mentors say what
            they want to learn too.
          </p>
          <div className="mt-8 flex flex-wrap gap-3">
            <ButtonLink href="/sign-up">Create your profile</ButtonLink>
            <ButtonLink href="/sign-in" variant="secondary">
              I already have an account
            </ButtonLink>
          </div>
        </section>
        <section aria-labelledby="how" className="mt-16">
          <h2 id="how" className="text-xl font-semibold text-ink">
            How it works
          </h2>
          <ul className="mt-6 grid gap-5 sm:grid-cols-2">
            {POINTS.map((point) => (
              <li key={point.title} className="rounded-2xl border border-line bg-white p-6 shadow-sm">
                <h3 className="font-semibold text-brand-800">{point.title}</h3>
                <p className="mt-2 text-muted">{point.text}</p>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </div>
  );
}
