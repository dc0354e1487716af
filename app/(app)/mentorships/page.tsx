import type { Metadata } from "next";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Mentorships" };

export default function MentorshipsPage() {
  return (
    <>
      <PageHeader title="Mentorships" description="Requests and the relationships you have agreed to." />
      <EmptyState title="No mentorships yet" action={<ButtonLink href="/matches">Browse your matches</ButtonLink>}>
        A mentorship starts when both people say yes. Send a request from your matches, naming the goals you would like to work on together.
      </EmptyState>
    </>
  );
}
