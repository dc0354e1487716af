import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Matches" };

export default function MatchesPage() {
  return (
    <>
      <PageHeader title="Matches" description="People who might be a good fit, and why." />
      <EmptyState title="No suggestions yet" action={<ButtonLink href="/profile">Complete your profile</ButtonLink>}>
        Suggestions appear once your profile says what you are looking for or what you can offer. The more goals and
        formats you add, the better they get.
      </EmptyState>
    </>
  );
}
