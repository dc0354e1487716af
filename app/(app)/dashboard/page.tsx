import type { Metadata } from "next";
import Link from "next/link";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/profiles/get-own-profile";

export const metadata: Metadata = { title: "Home" };

const NEXT_STEPS = [
  {
    href: "/profile",
    title: "Your profile",
    text: "Say what you are looking for and what you can offer. Matches are only as good as the profile behind them.",
  },
  { href: "/matches", title: "Matches", text: "Review suggested mentors, mentees and peers, each with the reasons it might fit." },
  { href: "/mentorships", title: "Mentorships", text: "Requests you sent or received, and the mentorships you have agreed to." },
  { href: "/checkins", title: "Check-ins", text: "Your monthly conversations, in both people's local times." },
];

export default async function DashboardPage() {
  const user = await requireUser();
  const firstName = (user.name ?? "").split(" ")[0];
  const profile = await getOwnProfile(user);
  return (
    <>
      <PageHeader
        title={firstName ? `Welcome, ${firstName}` : "Welcome"}
        description="Your constellation: the mentors, mentees and peers who help you grow."
      />
      {!profile.onboardedAt ? (
        <section
          aria-labelledby="finish-profile-title"
          className="mb-6 flex flex-col gap-4 rounded-2xl border border-brand-600/30 bg-brand-50 p-6 shadow-sm sm:flex-row sm:items-center sm:justify-between"
        >
          <div>
            <h2 id="finish-profile-title" className="text-lg font-semibold text-ink">
              Finish setting up your profile
            </h2>
            <p className="mt-1 max-w-prose text-muted">
              {profile.exists
                ? "You are part of the way there. Pick up where you left off; your answers are saved."
                : "A few short steps: how you would like to take part, your goals and how you like to meet. Then we can suggest mentors, mentees and peers."}
            </p>
          </div>
          <ButtonLink href="/onboarding" className="shrink-0">
            {profile.exists ? "Continue setting up" : "Set up your profile"}
          </ButtonLink>
        </section>
      ) : null}
      <ul className="grid gap-4 sm:grid-cols-2">
        {NEXT_STEPS.map((step) => (
          <li key={step.href}>
            <Card className="h-full">
              <h2 className="font-semibold text-ink">
                <Link href={step.href} className="text-brand-700 underline-offset-4 hover:underline">
                  {step.title}
                </Link>
              </h2>
              <p className="mt-2 text-muted">{step.text}</p>
            </Card>
          </li>
        ))}
      </ul>
    </>
  );
}
