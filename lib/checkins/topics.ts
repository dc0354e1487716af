import { Temporal } from "temporal-polyfill";

// The suggested topic for each month of a mentorship. A fixed monthly meeting with a topic
// gets people past the awkward start, so month 1 is about each other and the goals, month 6
// looks back at those goals and month 12 closes the year. The others come from the goal areas
// people choose (supervising, workplace rights, networking, sharing one's work, next steps)
// and from what this product believes: learning goes both ways, and the mentee's goals lead.
// A topic is a suggestion, never a requirement: the pair's own agenda always comes first.
//
// This is the default plan. Admins (and later program coordinators) edit the plan in the
// database; this list seeds it and stands in when nothing was edited. Pure, client-safe.

export interface Topic {
  month: number;
  title: string;
  prompt: string;
  /** Goal areas (GoalArea ids) the topic speaks to, for pointing the agenda at the pair's focus goals. */
  goalAreas: readonly string[];
}

export const TOPIC_PLAN: readonly Topic[] = [
  {
    month: 1,
    title: "Getting to know each other",
    prompt:
      "How did each of you come to this work, and where would you like to be a year from now? Agree on the two or three goals this mentorship is for, how you will reach each other between check-ins, and what would make this time worth it for both of you.",
    goalAreas: [],
  },
  {
    month: 2,
    title: "How the job is really feeling",
    prompt:
      "Set the job description aside. What gives you energy at work right now, and what wears you down: the schedule, the desk, the workload, the people? Nothing needs fixing today; it is enough to say it out loud.",
    goalAreas: ["work-life-balance"],
  },
  {
    month: 3,
    title: "A first step on one goal",
    prompt:
      "Pick one goal from your agreement and name a small step that can be done before next month. How did the other person learn this, and what are they still figuring out themselves?",
    goalAreas: [],
  },
  {
    month: 4,
    title: "How your workplace works",
    prompt:
      "Who decides what, and which rules are written nowhere? Talk about speaking up safely, working with a supervisor or a board, and, where there is one, what the union or contract says.",
    goalAreas: ["workplace-politics", "union-workplace-rights"],
  },
  {
    month: 5,
    title: "Learning goes both ways",
    prompt:
      "Each of you shows the other something from your own work: a tool, a workflow, a way into a collection, a program that worked with your community. What surprised you?",
    goalAreas: ["systems-technology", "digital-humanities", "cataloguing-metadata", "reference-readers-advisory"],
  },
  {
    month: 6,
    title: "Halfway: a goals review",
    prompt:
      "Look back at the goals you set in the first month. What moved, what stalled, and what no longer matters? Change the agreement if it needs changing, or decide together that you have done what you came for.",
    goalAreas: [],
  },
  {
    month: 7,
    title: "People and networks",
    prompt:
      "Committees, associations, conferences, local groups, online communities: which are worth your limited time? Who could each of you introduce the other to?",
    goalAreas: ["networking-service", "equity-inclusion"],
  },
  {
    month: 8,
    title: "Sharing your work",
    prompt:
      "A talk, an article, a grant proposal, a program write-up, an exhibit label: what have you done that others could learn from, and where could it go? Make a rough plan for one piece.",
    goalAreas: ["research-publishing", "grants-fundraising", "outreach-programming"],
  },
  {
    month: 9,
    title: "Leading, with or without the title",
    prompt:
      "Supervising for the first time, running a project, chairing a committee, managing up: where do you already lead, and what would you like to try next? Talk through one conversation you are dreading.",
    goalAreas: ["first-time-supervisor", "leadership-management"],
  },
  {
    month: 10,
    title: "Rest and boundaries",
    prompt:
      "Evening and weekend shifts, being the only one in the room, the work nobody counts: what helps you keep doing this for years? Name one boundary each of you will try this month.",
    goalAreas: ["work-life-balance", "equity-inclusion"],
  },
  {
    month: 11,
    title: "Your next step",
    prompt:
      "A new role, an application, a course, a move sideways, or staying and growing where you are: what does the next step look like, and what would make it easier to take?",
    goalAreas: ["job-search", "career-transition", "mid-career-growth", "tenure-promotion", "lis-school-first-job"],
  },
  {
    month: 12,
    title: "Wrap-up and what's next",
    prompt:
      "Look back over the year: what did each of you learn? Decide together whether to carry on, change the focus, or close with thanks, and what each of you will take forward.",
    goalAreas: [],
  },
];

export interface TopicForMonth extends Topic {
  /** Month of the relationship, 1-based and not wrapped (13 is the first month of the second year). */
  relationshipMonth: number;
}

/**
 * The topic for an occurrence: the relationship's month is 1 + the whole calendar months from
 * the mentorship's start to the occurrence (in `timeZone`, default UTC), and the plan wraps
 * after its last month. A check-in three weeks after the start is still month 1. A skipped
 * month skips its topic, so the plan stays tied to how long the pair has known each other.
 */
export function topicForMonth(
  startedAt: Date,
  occurrenceStart: Date,
  options: { plan?: readonly Topic[]; timeZone?: string } = {},
): TopicForMonth {
  const plan = options.plan && options.plan.length > 0 ? [...options.plan].sort((x, y) => x.month - y.month) : TOPIC_PLAN;
  const zone = options.timeZone ?? "UTC";
  const toDate = (d: Date) => Temporal.Instant.fromEpochMilliseconds(d.getTime()).toZonedDateTimeISO(zone).toPlainDate();
  const start = toDate(startedAt);
  const at = toDate(occurrenceStart);
  const elapsed = Temporal.PlainDate.compare(at, start) <= 0 ? 0 : start.until(at, { largestUnit: "months" }).months;
  const relationshipMonth = elapsed + 1;
  const topic = plan[elapsed % plan.length]!;
  return { ...topic, relationshipMonth };
}
