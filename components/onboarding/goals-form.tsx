"use client";

import { useState } from "react";
import { SectionFormShell } from "@/components/onboarding/section-form-shell";
import type { StepFormProps } from "@/components/onboarding/types";
import { useSectionForm } from "@/components/onboarding/use-section-form";
import { CheckboxCard } from "@/components/ui/checkbox-card";
import { Fieldset, FieldError } from "@/components/ui/fieldset";
import type { FieldErrors } from "@/lib/errors";
import { goalProblems, type GoalsSection } from "@/lib/profiles/schemas";
import type { GoalAreaTerm } from "@/lib/profiles/vocabulary";

type ListKey = keyof GoalsSection;
/** goalAreaId → note, in the order chosen areas appear in the vocabulary. */
type Choices = Record<string, string>;

const MAX: Record<ListKey, number> = { seeks: 8, offers: 12, learns: 8 };

const toChoices = (list: GoalsSection[ListKey]): Choices => Object.fromEntries(list.map((g) => [g.goalAreaId, g.note ?? ""]));

/**
 * The note box's example. Each area's own sentence is written as something to work on, so it
 * suits goals and learning wishes; what someone offers gets a prompt about their experience.
 */
function placeholderFor(listKey: ListKey, area: Pick<GoalAreaTerm, "example">): string {
  if (listKey === "offers") return "e.g. What you have done in this area, and where";
  return area.example ? `e.g. ${area.example}` : "e.g. What you would like to get out of it";
}

export function GoalsForm({ profile, vocabulary, mode }: StepFormProps) {
  const roles = profile.roles;
  const [lists, setLists] = useState<Record<ListKey, Choices>>({
    seeks: toChoices(profile.goals.seeks),
    offers: toChoices(profile.goals.offers),
    learns: toChoices(profile.goals.learns),
  });
  const form = useSectionForm("goals", mode);

  const peerOnly = roles.openToPeer && !roles.seeksMentorship && !roles.offersMentorship;
  const noRoles = !roles.seeksMentorship && !roles.offersMentorship && !roles.openToPeer;
  // Mentoring goes both ways: everyone can say what they could share, mentees and peers too.
  const shown: Record<ListKey, boolean> = {
    seeks: roles.seeksMentorship || roles.openToPeer,
    offers: !noRoles,
    learns: roles.offersMentorship,
  };
  const offers = roles.offersMentorship
    ? {
        legend: "What can you offer?",
        hint: "Choose up to 12 areas where you have experience worth passing on. Lived experience counts as much as titles.",
      }
    : peerOnly
      ? {
          legend: "What could you share with peers?",
          hint: "Choose areas where you could help someone at a similar stage, up to 12. Lived experience counts as much as titles.",
        }
      : {
          legend: roles.openToPeer
            ? "What could you share with a mentor or peer? (optional)"
            : "What could you share with a mentor? (optional)",
          hint: "Mentoring goes both ways: mentors often want to learn what newer colleagues know, from new tools to community work. Choose up to 12, and we will favour people who would like to learn them.",
        };
  // Saved areas an admin has since archived stay on the profile, after the current ones.
  const areas = vocabulary.goalAreas;
  const known = new Set(areas.map((a) => a.id));
  const orderedIds = (key: ListKey) => [
    ...areas.filter((a) => a.id in lists[key]).map((a) => a.id),
    ...Object.keys(lists[key]).filter((id) => !known.has(id)),
  ];

  function values(): GoalsSection {
    const list = (key: ListKey) =>
      shown[key]
        ? orderedIds(key).map((goalAreaId) => ({ goalAreaId, ...(lists[key][goalAreaId]?.trim() ? { note: lists[key][goalAreaId] } : {}) }))
        : [];
    return { seeks: list("seeks"), offers: list("offers"), learns: list("learns") };
  }

  function onSubmit() {
    const goals = values();
    form.submit(goals, goalProblems(roles, goals));
  }

  function toggle(key: ListKey, id: string, checked: boolean) {
    setLists((current) => {
      const next = { ...current[key] };
      if (checked) next[id] = next[id] ?? "";
      else delete next[id];
      return { ...current, [key]: next };
    });
  }

  function setNote(key: ListKey, id: string, note: string) {
    setLists((current) => ({ ...current, [key]: { ...current[key], [id]: note } }));
  }

  return (
    <SectionFormShell section="goals" mode={mode} onSubmit={onSubmit} {...form}>
      {noRoles ? (
        <p className="rounded-xl border border-line bg-white p-4 text-muted">
          Choose how you would like to take part first, on the Roles step; the goals to choose depend on it.
        </p>
      ) : null}
      {shown.seeks ? (
        <GoalList
          listKey="seeks"
          legend={peerOnly ? "What would you like to explore with peers?" : "What would you like help with?"}
          hint={
            peerOnly
              ? "Choose the topics you would like to talk through with someone at a similar stage."
              : "Choose up to 8. Your goals lead: suggestions are ranked by how well they cover them, and they become the agenda of your first conversations."
          }
          areas={areas}
          choices={lists.seeks}
          orderedIds={orderedIds("seeks")}
          errors={form.fieldErrors}
          onToggle={toggle}
          onNote={setNote}
        />
      ) : null}
      {shown.offers ? (
        <GoalList
          listKey="offers"
          legend={offers.legend}
          hint={offers.hint}
          areas={areas}
          choices={lists.offers}
          orderedIds={orderedIds("offers")}
          errors={form.fieldErrors}
          onToggle={toggle}
          onNote={setNote}
        />
      ) : null}
      {shown.learns ? (
        <GoalList
          listKey="learns"
          legend="What would you like to learn as a mentor?"
          hint="Mentoring goes both ways: mentees often know things their mentors don't. Optional; choose up to 8 and we will favour mentees who can teach you something."
          areas={areas}
          choices={lists.learns}
          orderedIds={orderedIds("learns")}
          errors={form.fieldErrors}
          onToggle={toggle}
          onNote={setNote}
        />
      ) : null}
    </SectionFormShell>
  );
}

type GoalListProps = {
  listKey: ListKey;
  legend: string;
  hint: string;
  areas: GoalAreaTerm[];
  choices: Choices;
  orderedIds: string[];
  errors: FieldErrors;
  onToggle: (key: ListKey, id: string, checked: boolean) => void;
  onNote: (key: ListKey, id: string, note: string) => void;
};

function GoalList({ listKey, legend, hint, areas, choices, orderedIds, errors, onToggle, onNote }: GoalListProps) {
  const count = orderedIds.length;
  const max = MAX[listKey];
  const extraIds = orderedIds.filter((id) => !areas.some((a) => a.id === id));
  const cards: GoalAreaTerm[] = [
    ...areas,
    ...extraIds.map((id) => ({ id, label: id, description: "No longer on the list.", example: null })),
  ];
  return (
    <Fieldset id={listKey} size="section" legend={legend} hint={hint} errors={errors[listKey]}>
      <p className={count > max ? "text-sm font-semibold text-red-800" : "text-sm text-muted"} aria-live="polite">
        {count} chosen{count > max ? `: please choose at most ${max}` : ""}
      </p>
      <div className="grid items-start gap-2 sm:grid-cols-2 sm:gap-2.5 lg:grid-cols-3">
        {cards.map((area) => {
          const checked = area.id in choices;
          const index = orderedIds.indexOf(area.id);
          const noteErrors = index >= 0 ? errors[`${listKey}.${index}.note`] : undefined;
          const noteId = `${listKey}-${area.id}-note`;
          return (
            <CheckboxCard
              key={area.id}
              id={`${listKey}-${area.id}`}
              name={listKey}
              value={area.id}
              label={area.label}
              description={area.description}
              checked={checked}
              onChange={(value) => onToggle(listKey, area.id, value)}
              compact
            >
              <label htmlFor={noteId} className="text-xs font-semibold text-muted">
                In one sentence (optional)<span className="sr-only">, about {area.label}</span>
              </label>
              {/* Multi-line so a whole sentence (and the example) shows on a phone too. */}
              <textarea
                id={noteId}
                rows={2}
                maxLength={200}
                value={choices[area.id] ?? ""}
                onChange={(event) => onNote(listKey, area.id, event.target.value)}
                placeholder={placeholderFor(listKey, area)}
                data-error-key={`${listKey}.${index}.note`}
                aria-invalid={noteErrors ? true : undefined}
                aria-describedby={noteErrors ? `${noteId}-error` : undefined}
                className="mt-1 block min-h-16 w-full resize-y rounded-lg border border-line bg-white px-3 py-2 text-sm text-ink placeholder:text-muted/80"
              />
              {noteErrors ? <FieldError id={`${noteId}-error`} errors={noteErrors} /> : null}
            </CheckboxCard>
          );
        })}
      </div>
    </Fieldset>
  );
}
