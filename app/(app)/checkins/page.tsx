import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Check-ins" };

export default function CheckinsPage() {
  return (
    <>
      <PageHeader title="Check-ins" description="Your monthly conversations, shown in both people's local times." />
      <EmptyState title="Nothing scheduled" action={<ButtonLink href="/mentorships">Go to your mentorships</ButtonLink>}>
        Once a mentorship begins, you and your partner pick a monthly slot. Each check-in comes with a suggested topic and a place for
        shared and private notes.
      </EmptyState>
    </>
  );
}
