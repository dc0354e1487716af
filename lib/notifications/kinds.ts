// The kinds of notification (enum NotificationKind in prisma/schema.prisma) with the words
// people see, grouped as the email settings show them. Client-safe: the settings form and the
// notifications list import these too.

import { NotificationKind } from "@/generated/prisma/enums";

export type { NotificationKind };

/** Every kind, in the schema's order: the one list the schemas and the settings are built from. */
export const NOTIFICATION_KINDS = Object.values(NotificationKind) as readonly NotificationKind[];

export type NotificationKindCopy = {
  /** One word shown on each notification in the list. */
  tag: string;
  /** Short name, used as the switch's label. */
  label: string;
  /** When it is sent, in a sentence. */
  description: string;
};

export const NOTIFICATION_KIND_COPY: Record<NotificationKind, NotificationKindCopy> = {
  REQUEST_RECEIVED: { tag: "Request", label: "New requests to you", description: "Someone asks you to be their mentor, mentee or peer." },
  REQUEST_REMINDER: { tag: "Reminder", label: "Reminders to answer", description: "A request to you has waited a week without an answer." },
  REQUEST_WITHDRAWN: { tag: "Request", label: "Withdrawn requests", description: "Someone withdraws a request they had sent you." },
  REQUEST_ACCEPTED: { tag: "Accepted", label: "Your request accepted", description: "Someone says yes to a request you sent." },
  REQUEST_DECLINED: { tag: "Request", label: "Your request not taken up", description: "The person you asked is not available right now." },
  REQUEST_EXPIRED: { tag: "Request", label: "Your request expired", description: "A request you sent closed without an answer." },
  OVERLAPPING_REQUESTS: {
    tag: "Requests",
    label: "Other open requests for the same goals",
    description: "After an acceptance, you still have open requests about the same goals.",
  },
  REQUEST_QUESTION: {
    tag: "Question",
    label: "Questions about a request",
    description: "Someone asks a question before deciding on a request.",
  },
  NEW_MESSAGE: {
    tag: "Message",
    label: "New messages",
    description: "A message in one of your conversations. One email per conversation until you have read it, not one per message.",
  },
  AGREEMENT_CHANGED: { tag: "Agreement", label: "Agreement changes", description: "The other person edits your kickoff agreement." },
};

/** How the email settings group the kinds. Every kind appears exactly once (tested). */
export const NOTIFICATION_KIND_GROUPS: readonly { title: string; kinds: readonly NotificationKind[] }[] = [
  { title: "Requests you receive", kinds: ["REQUEST_RECEIVED", "REQUEST_REMINDER", "REQUEST_WITHDRAWN"] },
  { title: "Requests you send", kinds: ["REQUEST_ACCEPTED", "REQUEST_DECLINED", "REQUEST_EXPIRED", "OVERLAPPING_REQUESTS"] },
  { title: "Conversations and mentorships", kinds: ["REQUEST_QUESTION", "NEW_MESSAGE", "AGREEMENT_CHANGED"] },
];
