import type { Role } from "@/lib/matching";

// The words of the request form, by the sender's side: a mentee asks a mentor, a mentor
// invites a mentee, peers ask each other. Client-safe.

type RequestCopy = {
  /** The button on a card or a person's page. */
  button: string;
  title: (name: string) => string;
  intro: (name: string) => string;
  noteLabel: (name: string) => string;
  noteHint: string;
  goalsLegend: (name: string) => string;
  goalsHint: (name: string) => string;
  submit: string;
  sent: (name: string) => string;
};

export const REQUEST_COPY: Readonly<Record<Role, RequestCopy>> = {
  mentee: {
    button: "Ask to connect",
    title: (name) => `Ask ${name} to mentor you`,
    intro: (name) => `${name} will see your profile, why you match and your note. They can say yes, say no, or ask you a question first.`,
    noteLabel: (name) => `Your note to ${name}`,
    noteHint: "A line or two: what you would like help with, and why you are asking them.",
    goalsLegend: () => "What would you like help with?",
    goalsHint: (name) => `Your goals. Ticked to begin with: the ones ${name} offers help with.`,
    submit: "Send request",
    sent: (name) => `We have let ${name} know. You will hear when they answer, and you can withdraw the request while it is open.`,
  },
  mentor: {
    button: "Offer to mentor",
    title: (name) => `Offer to mentor ${name}`,
    intro: (name) => `${name} will see your profile, why you match and your note. They can say yes, say no, or ask you a question first.`,
    noteLabel: (name) => `Your note to ${name}`,
    noteHint: "A line or two: why you would like to help, and how you like to work.",
    goalsLegend: (name) => `What would you help ${name} with?`,
    goalsHint: (name) => `Goals ${name} would like help with. Ticked to begin with: the ones you offer.`,
    submit: "Send invitation",
    sent: (name) => `We have let ${name} know. You will hear when they answer, and you can withdraw the invitation while it is open.`,
  },
  peer: {
    button: "Ask to connect",
    title: (name) => `Connect with ${name} as peers`,
    intro: (name) => `${name} will see your profile, why you match and your note. They can say yes, say no, or ask you a question first.`,
    noteLabel: (name) => `Your note to ${name}`,
    noteHint: "A line or two: what you would like to swap, learn or work on together.",
    goalsLegend: () => "What is it about?",
    goalsHint: () => "Goals either of you listed. Ticked to begin with: the ones you share.",
    submit: "Send request",
    sent: (name) => `We have let ${name} know. You will hear when they answer, and you can withdraw the request while it is open.`,
  },
};

/**
 * One line that says what a request is, from the viewer's side: "Ada would like you to mentor
 * them", "You offered to mentor Ada", "Ada would like to connect as peers".
 */
export function requestSummary(viewerIs: "requester" | "recipient", viewerRole: Role, name: string): string {
  if (viewerIs === "recipient") {
    if (viewerRole === "mentor") return `${name} would like you to mentor them`;
    if (viewerRole === "mentee") return `${name} offers to mentor you`;
    return `${name} would like to connect as peers`;
  }
  if (viewerRole === "mentee") return `You asked ${name} to mentor you`;
  if (viewerRole === "mentor") return `You offered to mentor ${name}`;
  return `You asked ${name} to connect as peers`;
}

type Tone = "neutral" | "brand" | "success" | "warning";

/** The status badge's colour: open is waiting, accepted went well, the rest are simply closed. */
export function statusTone(status: string, viewerIs: "requester" | "recipient"): Tone {
  if (status === "OPEN") return viewerIs === "recipient" ? "warning" : "brand";
  if (status === "ACCEPTED") return "success";
  return "neutral";
}
