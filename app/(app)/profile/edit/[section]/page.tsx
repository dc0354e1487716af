import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { SectionForm } from "@/components/onboarding/section-form";
import { SECTION_LABELS, stepInfoFor } from "@/components/onboarding/steps";
import { requireUser } from "@/lib/auth/session";
import { getOwnProfile } from "@/lib/profiles/get-own-profile";
import { SECTIONS, type Section } from "@/lib/profiles/schemas";
import { timeZoneOptions } from "@/lib/profiles/time-zones";
import { getVocabulary } from "@/lib/profiles/vocabulary";

type Props = { params: Promise<{ section: string }> };

const isSection = (value: string): value is Section => (SECTIONS as readonly string[]).includes(value);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { section } = await params;
  return { title: isSection(section) ? `Edit ${SECTION_LABELS[section].toLowerCase()}` : "Edit profile" };
}

export default async function EditSectionPage({ params }: Props) {
  const { section } = await params;
  if (!isSection(section)) notFound();
  const user = await requireUser();
  const [profile, vocabulary] = await Promise.all([getOwnProfile(user), getVocabulary()]);
  const info = stepInfoFor(section, profile.roles);
  return (
    <div className="mx-auto max-w-4xl">
      <p className="mb-4">
        <Link href="/profile" className="text-sm font-semibold text-brand-700 underline-offset-4 hover:underline">
          <span aria-hidden="true">←</span> Your profile
        </Link>
      </p>
      <header className="mb-8">
        <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">{info.title}</h1>
        <p className="mt-2 max-w-prose text-muted">{info.description}</p>
      </header>
      <SectionForm
        section={section}
        mode="edit"
        profile={profile}
        vocabulary={vocabulary}
        timeZones={section === "formats" ? timeZoneOptions() : []}
      />
    </div>
  );
}
