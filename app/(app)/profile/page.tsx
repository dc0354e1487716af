import type { Metadata } from "next";
import Link from "next/link";
import { SECTION_LABELS } from "@/components/onboarding/steps";
import { AcceptingRequestsToggle } from "@/components/profile/accepting-requests-toggle";
import { ProfileSummary } from "@/components/profile/profile-summary";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/profiles/get-own-profile";
import { SECTIONS, type Section } from "@/lib/profiles/schemas";
import { getVocabulary } from "@/lib/profiles/vocabulary";

export const metadata: Metadata = { title: "Your profile" };

type Props = { searchParams: Promise<{ saved?: string | string[] }> };

export default async function ProfilePage({ searchParams }: Props) {
  const user = await requireUser();
  const [profile, vocabulary, { saved }] = await Promise.all([getOwnProfile(user), getVocabulary(), searchParams]);
  const savedSection = typeof saved === "string" && (SECTIONS as readonly string[]).includes(saved) ? (saved as Section) : null;

  if (!profile.exists) {
    return (
      <>
        <PageHeader title="Your profile" description="What others see, and what helps us suggest good matches." />
        <EmptyState title="You have not set up your profile yet" action={<ButtonLink href="/onboarding">Set up your profile</ButtonLink>}>
          A few short steps: how you would like to take part, your goals, how you like to meet, and a little about you. It takes about five
          minutes, and you can change everything later.
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <PageHeader
        title="Your profile"
        description="What others see, and what helps us suggest good matches. Change anything at any time."
        actions={
          profile.onboardedAt ? (
            <ButtonLink href={`/people/${profile.userId}`} variant="secondary">
              See how others see you
            </ButtonLink>
          ) : null
        }
      />
      <div className="flex flex-col gap-4">
        {savedSection ? <Alert tone="success">Saved your changes to {SECTION_LABELS[savedSection].toLowerCase()}.</Alert> : null}
        {!profile.onboardedAt ? (
          <Alert tone="info">
            <p className="font-semibold">Your profile is not finished yet</p>
            <p className="mt-1">
              Until you finish, nobody else can see it and we cannot suggest matches.{" "}
              <Link href="/onboarding" className="font-semibold underline underline-offset-2">
                Continue setting up
              </Link>
            </p>
          </Alert>
        ) : null}
        {profile.onboardedAt && !profile.availabilityCheckedAt ? (
          <Alert tone="info">
            <p className="font-semibold">We assumed weekday daytime. Check when you&rsquo;re usually free</p>
            <p className="mt-1">
              Your profile was set up before we asked, so suggestions assume you are free on weekdays from 9 to 5. If you are free on
              evenings or weekends instead, say so and we will look for people free at the same times.{" "}
              <Link href="/profile/edit/formats" className="font-semibold underline underline-offset-2">
                Check when you are free
              </Link>
            </p>
          </Alert>
        ) : null}
        {profile.roles.offersMentorship ? (
          <section aria-labelledby="availability-title" className="rounded-2xl border border-line bg-white p-5 shadow-sm sm:p-6">
            <h2 id="availability-title" className="mb-3 text-lg font-semibold text-ink">
              Availability as a mentor
            </h2>
            <AcceptingRequestsToggle roles={profile.roles} />
          </section>
        ) : null}
        <ProfileSummary profile={profile} vocabulary={vocabulary} editBase="/profile/edit" />
      </div>
    </>
  );
}
