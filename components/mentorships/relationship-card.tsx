import Link from "next/link";
import { OTHER_ROLE_WORDS, STATUS_WORDS, formatDate, unreadWords } from "@/components/mentorships/labels";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import type { MentorshipSummary } from "@/lib/mentorships/list-mentorships";

// One mentorship or peer connection in a list (/mentorships, the dashboard's constellation):
// who, how you stand to each other, whether the agreement waits for someone, unread messages,
// and the goals it covers with their progress.

const PROGRESS_TONE: Record<string, string> = {
  NOT_STARTED: "border-line bg-white text-muted",
  IN_PROGRESS: "border-brand-100 bg-brand-50 text-brand-800",
  MET: "border-emerald-200 bg-emerald-50 text-emerald-900",
};

const PROGRESS_MARK: Record<string, string> = { NOT_STARTED: "○", IN_PROGRESS: "◐", MET: "●" };

export function AgreementBadge({ m }: { m: Pick<MentorshipSummary, "agreement" | "rhythm" | "status" | "other"> }) {
  if (m.status === "ENDED") return null;
  if (m.rhythm) return <Badge tone="neutral">Keep in touch: {m.rhythm.label.toLowerCase()}</Badge>;
  if (!m.agreement) return null;
  if (m.agreement.needsYourConfirmation) return <Badge tone="warning">Waiting for your confirmation</Badge>;
  if (!m.agreement.confirmed) return <Badge tone="neutral">Waiting for {m.other.displayName} to confirm</Badge>;
  return <Badge tone="success">Agreement confirmed</Badge>;
}

export function GoalChips({ goals, className }: { goals: MentorshipSummary["goals"]; className?: string }) {
  if (!goals.length) return <p className={cn("text-sm text-muted", className)}>No goals named yet.</p>;
  return (
    <ul aria-label="Goals" className={cn("flex flex-wrap gap-1.5", className)}>
      {goals.map((g) => (
        <li key={g.goalAreaId} className={cn("rounded-full border px-2.5 py-0.5 text-xs font-semibold", PROGRESS_TONE[g.progress])}>
          <span aria-hidden="true">{PROGRESS_MARK[g.progress]} </span>
          {g.label}
          <span className="font-normal"> · {g.progressLabel.toLowerCase()}</span>
        </li>
      ))}
    </ul>
  );
}

export function RelationshipCard({ m, timeZone, headingLevel = 3 }: { m: MentorshipSummary; timeZone: string; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const titleId = `relationship-${m.id}`;
  return (
    <article aria-labelledby={titleId} className="flex h-full flex-col gap-3 rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-5">
      <div className="flex flex-wrap items-start justify-between gap-x-3 gap-y-1">
        <div className="min-w-0">
          <Heading id={titleId} className="text-base font-semibold text-ink">
            <Link
              href={`/mentorships/${m.id}`}
              className="text-brand-700 underline decoration-brand-100 underline-offset-4 hover:decoration-brand-700"
            >
              {m.other.displayName}
            </Link>
            {m.other.pronouns ? <span className="ml-1 text-sm font-normal text-muted">({m.other.pronouns})</span> : null}
          </Heading>
          <p className="text-sm text-muted">
            {OTHER_ROLE_WORDS[m.other.role]} · since {formatDate(m.startedAt, timeZone)}
          </p>
        </div>
        {m.unread ? (
          <Link
            href={`/mentorships/${m.id}#messages`}
            className="inline-flex shrink-0 items-center rounded-full bg-brand-700 px-2.5 py-0.5 text-xs font-semibold text-white hover:bg-brand-800"
          >
            {unreadWords(m.unread)}
          </Link>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-1.5">
        {m.status !== "ACTIVE" ? <Badge tone="warning">{STATUS_WORDS[m.status]}</Badge> : null}
        <AgreementBadge m={m} />
      </div>
      <GoalChips goals={m.goals} />
    </article>
  );
}
