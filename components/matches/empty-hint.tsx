import { ROLE_COPY, matchesHref } from "@/components/matches/labels";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import type { EmptyHint } from "@/lib/matches/get-suggestions";
import type { Role } from "@/lib/matching";

/** What to do when there is nothing to show, one message per reason the list is empty. */
type EmptyProps = {
  hint: EmptyHint;
  role: Role | null;
  profileStarted: boolean;
  /** Which filters are in force (for CLEAR_FILTERS). */
  filters?: { goal: boolean; format: boolean };
};

export function MatchesEmptyState({ hint, role, profileStarted, filters }: EmptyProps) {
  const many = role ? ROLE_COPY[role].many : "matches";
  switch (hint) {
    case "FINISH_PROFILE":
      return (
        <EmptyState
          title="Finish your profile to see matches"
          action={<ButtonLink href="/onboarding">{profileStarted ? "Continue setting up" : "Set up your profile"}</ButtonLink>}
        >
          Suggestions are built from your profile: how you would like to take part, your goals and how you like to meet.
          {profileStarted
            ? " You are part of the way there; pick up where you left off."
            : " It takes a few minutes, and your answers are saved as you go."}
        </EmptyState>
      );
    case "ADD_ROLE":
      return (
        <EmptyState title="Say how you would like to take part" action={<ButtonLink href="/profile">Choose your roles</ButtonLink>}>
          Your profile does not yet say whether you are looking for a mentor, offering mentorship or open to peer mentoring. Choose at least
          one on your profile and suggestions will appear here.
        </EmptyState>
      );
    case "ADD_GOALS":
      return role === "mentor" ? (
        <EmptyState title="Add what you can offer" action={<ButtonLink href="/profile">Add areas you can help with</ButtonLink>}>
          Mentees are matched on the goals they want help with. Add the areas you can help with on your profile and we can suggest mentees
          who are looking for them.
        </EmptyState>
      ) : (
        <EmptyState title="Add goals you would like help with" action={<ButtonLink href="/profile">Add your goals</ButtonLink>}>
          Goals are the heart of matching: we look for {many} who can help with what you want to work on. Add one or two on your profile to
          see suggestions.
        </EmptyState>
      );
    case "WIDEN_FORMATS":
      return (
        <EmptyState title="Mark more ways of meeting as fine" action={<ButtonLink href="/profile">Review ways of meeting</ButtonLink>}>
          You only meet in one or two ways, and nobody suitable shares them yet. On your profile, mark a few more (video, phone, email or
          chat) as fine rather than no: you can still say which you prefer.
        </EmptyState>
      );
    case "MENTOR_PAUSED":
      return (
        <EmptyState
          title="Mentee suggestions are off while you are paused"
          action={<ButtonLink href="/profile">Go to your profile</ButtonLink>}
        >
          You&apos;re paused: turn on &lsquo;accepting new requests&rsquo; on your profile to see mentees. If you have reached the number of
          mentees you take at a time, you can raise it there too.
        </EmptyState>
      );
    case "CLEAR_FILTERS":
      return (
        <EmptyState title={`No ${many} match these filters`} action={<ButtonLink href={matchesHref({ role })}>Clear filters</ButtonLink>}>
          {filters?.goal && filters.format
            ? "Nobody among your suggestions fits both the goal and the way of meeting you picked."
            : filters?.format
              ? 'No suggestion fits that way of meeting. If it is one you marked as "no" on your profile, nobody will: we only pair people who both accept a format.'
              : "Nobody among your suggestions has this goal yet."}{" "}
          Clear the filters to see everyone, or try something else.
        </EmptyState>
      );
    case "NONE_YET":
      return (
        <EmptyState
          title={`No ${many} to suggest yet`}
          action={
            <ButtonLink href="/profile" variant="secondary">
              Review your profile
            </ButtonLink>
          }
        >
          Nobody fits just yet, and that is fine: the community grows every week and new suggestions appear here as people join. Adding a
          goal or another way of meeting widens the field.
        </EmptyState>
      );
  }
}
