import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { MessageThread } from "@/components/messages/message-thread";
import { AgreementPanel } from "@/components/mentorships/agreement-panel";
import { GoalProgressList } from "@/components/mentorships/goal-progress";
import { OTHER_ROLE_WORDS, STATUS_WORDS, formatDate, relationshipTitle, unreadWords } from "@/components/mentorships/labels";
import { PeopleCards } from "@/components/mentorships/people-cards";
import { RhythmPicker } from "@/components/mentorships/rhythm-picker";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";
import { getMentorshipForViewer } from "@/lib/mentorships/get-mentorship";
import { listMessages } from "@/lib/messages/list-messages";
import { getPublicProfile } from "@/lib/profiles/get-public-profile";
import { getVocabulary } from "@/lib/profiles/vocabulary";

// The relationship home: the two people, the kickoff agreement (or a peer tie's keep-in-touch
// rhythm), the goals with their progress, the conversation, and the places later features fill
// (check-ins, pause and end). Only the two people see it; anyone else, and any id that is not a
// mentorship, gets the same 404. No loading.tsx above this page: it would turn that 404 into a 200.

type Props = { params: Promise<{ id: string }> };

// Cached per request: the metadata and the page share one lookup.
const load = cache(async (id: string) => {
  const user = await requireUser();
  try {
    return { user, view: await getMentorshipForViewer(user, id) };
  } catch (error) {
    // A stranger, a missing id and a malformed one all look the same.
    if (isAppError(error) && (error.code === "NOT_FOUND" || error.code === "VALIDATION")) notFound();
    throw error;
  }
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const { view } = await load(id);
  return { title: relationshipTitle(view.other.role, view.other.displayName) };
}

export default async function MentorshipPage({ params }: Props) {
  const { id } = await params;
  const { user, view } = await load(id);
  const { you, other, agreement, rhythm } = view;
  const menteeId = you.role === "mentee" ? you.id : other.id;
  const [thread, { goalAreas }, mentee] = await Promise.all([
    listMessages(user, { mentorshipId: view.id }),
    getVocabulary(),
    // Only for the agreement form's shortlist: a profile that cannot be read just shortens it.
    agreement ? getPublicProfile(user, menteeId).catch(() => null) : null,
  ]);
  // The mentorship is for the mentee's growth: the goals they look for help with come first.
  const suggestedGoalIds = (mentee?.goals.seeks ?? []).map((g) => g.goalAreaId);
  const isPeer = view.kind === "PEER";
  const timeZone = you.timeZone;

  // The form offers every active goal area, and keeps any archived one the agreement still names.
  const goalOptions = [
    ...goalAreas.map((g) => ({ id: g.id, label: g.label })),
    ...view.goals.filter((g) => !goalAreas.some((a) => a.id === g.goalAreaId)).map((g) => ({ id: g.goalAreaId, label: g.label })),
  ];

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <p className="text-sm">
          <Link href="/mentorships" className="text-brand-700 underline underline-offset-4">
            Your mentorships
          </Link>
        </p>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">{relationshipTitle(other.role, other.displayName)}</h1>
          {view.status !== "ACTIVE" ? <Badge tone="warning">{STATUS_WORDS[view.status]}</Badge> : null}
        </div>
        <p className="max-w-prose text-muted">
          {OTHER_ROLE_WORDS[other.role]} since {formatDate(view.startedAt, timeZone)}
          {view.endedAt ? `, until ${formatDate(view.endedAt, timeZone)}` : ""}.
          {view.messages.unread ? (
            <>
              {" "}
              <a href="#messages" className="font-semibold text-brand-700 underline underline-offset-4">
                {unreadWords(view.messages.unread).replace("unread", "new")}
              </a>
            </>
          ) : null}
        </p>
      </header>

      <PeopleCards you={you} other={other} />

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <div className="flex min-w-0 flex-col gap-6">
          {agreement ? (
            <AgreementPanel
              mentorshipId={view.id}
              agreement={agreement}
              canUpdate={view.canUpdate}
              otherName={other.displayName}
              yourFormats={you.formats}
              theirFormats={other.formats}
              goalOptions={goalOptions}
              suggestedGoalIds={suggestedGoalIds}
            />
          ) : null}
          {rhythm ? <RhythmPicker mentorshipId={view.id} rhythm={rhythm} canUpdate={view.canUpdate} otherName={other.displayName} /> : null}

          <GoalProgressList mentorshipId={view.id} goals={view.goals} canUpdate={view.canUpdate} isPeer={isPeer} />

          <div id="messages" className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-6">
            <MessageThread thread={{ mentorshipId: view.id }} initial={thread} timeZone={timeZone} otherName={other.displayName} />
          </div>
        </div>

        <aside aria-label="What comes next" className="flex flex-col gap-4">
          <section aria-labelledby="checkins-title" className="rounded-2xl border border-line bg-white p-4 shadow-sm sm:p-5">
            <h2 id="checkins-title" className="font-semibold text-ink">
              Check-ins
            </h2>
            <p className="mt-1 text-sm text-muted">
              {isPeer
                ? "Check-ins are coming soon: a short conversation at the rhythm you chose, with a suggested topic and a place for notes."
                : "Monthly check-ins are coming soon: a time that suits you both, shown in each of your local times, with a suggested topic and a place for shared and private notes."}
            </p>
            <Link href="/checkins" className={buttonClass("secondary", "mt-3 px-3.5 py-2")}>
              About check-ins
            </Link>
          </section>

          {view.status !== "ENDED" ? (
            <section aria-labelledby="pause-end-title" className="rounded-2xl border border-line bg-paper p-4 sm:p-5">
              <h2 id="pause-end-title" className="font-semibold text-ink">
                Need a break or want to stop?
              </h2>
              <p className="mt-1 text-sm text-muted">
                Soon you will be able to pause this {isPeer ? "connection" : "mentorship"} for a while or end it here, and{" "}
                {other.displayName} will be told kindly. Until then, a message to {other.displayName} is the best way to say you need a
                break.
              </p>
            </section>
          ) : null}

          {view.requestId ? (
            <p className="px-1 text-sm text-muted">
              <Link href={`/requests/${view.requestId}`} className="text-brand-700 underline underline-offset-4">
                The request that started this
              </Link>
            </p>
          ) : null}
        </aside>
      </div>
    </div>
  );
}
