import type { NotificationKind } from "@/generated/prisma/enums";

// Plain-text first: it reads well in every mail client and in the dev outbox.

export function signInLinkEmail(url: string) {
  return {
    subject: "Your Constellation sign-in link",
    text: [
      "Hello,",
      "",
      "Use this link to continue to Constellation. It works once and expires in an hour:",
      url,
      "",
      "If you did not ask for it, you can ignore this email; nothing changes until the link is used.",
    ].join("\n"),
    html: `<p>Hello,</p><p>Use this link to continue to Constellation. It works once and expires in an hour:</p><p><a href="${url}">Continue to Constellation</a></p><p>If you did not ask for it, you can ignore this email; nothing changes until the link is used.</p>`,
  };
}

// Sent by sign-up for an address with no confirmed account. The name typed at sign-up is left
// out on purpose: whoever signed up chose it, and they may not own this address.
export function signUpConfirmEmail(url: string, hours: number) {
  return {
    subject: "Confirm your email for Constellation",
    text: [
      "Hello,",
      "",
      `Someone, hopefully you, just created a Constellation account with this email address. To confirm it, open this link and enter the password you chose. It works once and expires in ${hours} hours:`,
      url,
      "",
      "If it was not you, ignore this email: without that password nobody can use the link, and no account is created.",
    ].join("\n"),
    html: `<p>Hello,</p><p>Someone, hopefully you, just created a Constellation account with this email address. To confirm it, open this link and enter the password you chose. It works once and expires in ${hours} hours:</p><p><a href="${url}">Confirm your email</a></p><p>If it was not you, ignore this email: without that password nobody can use the link, and no account is created.</p>`,
  };
}

// Sent by sign-up for an address that already has an account; the account is not changed.
export function existingAccountEmail(signInUrl: string) {
  return {
    subject: "You already have a Constellation account",
    text: [
      "Hello,",
      "",
      "Someone, hopefully you, tried to create a Constellation account with this email address. You already have one, so nothing was changed.",
      "",
      "Sign in here, with your password or by asking for a sign-in link by email:",
      signInUrl,
      "",
      "If it was not you, you can ignore this email.",
    ].join("\n"),
    html: `<p>Hello,</p><p>Someone, hopefully you, tried to create a Constellation account with this email address. You already have one, so nothing was changed.</p><p>Sign in here, with your password or by asking for a sign-in link by email:</p><p><a href="${signInUrl}">Sign in to Constellation</a></p><p>If it was not you, you can ignore this email.</p>`,
  };
}

// ---------------------------------------------------------------------------------------
// Notification emails (lib/notifications/notify.ts). One plain-text template per kind.
// Privacy rule: an email carries only the notification's title (written by the caller to name
// what happened and who did it, never a message or note) and a link into the app. The in-app
// body is never emailed, and message and question emails never quote what was written: the
// recipient reads it after signing in, where the thread's own permission checks apply.

export type NotificationEmailInput = {
  /** The notification's title, e.g. "Dana Reyes sent you a mentorship request". */
  title: string;
  /** Absolute link to what it is about (or to the notifications page). */
  url: string;
  /** Absolute link to the email settings, so every email says how to turn it off. */
  settingsUrl: string;
};

type KindCopy = { subject: string; lead: string; action: string };

// What each kind's email says around the title. `lead` explains why the person is hearing
// from us; `action` names what the link does.
const NOTIFICATION_EMAIL_COPY: Record<NotificationKind, KindCopy> = {
  REQUEST_RECEIVED: {
    subject: "New mentorship request on Constellation",
    lead: "Someone would like to connect with you. You can read their note, ask a question first, accept or decline.",
    action: "See the request",
  },
  REQUEST_REMINDER: {
    subject: "A request is still waiting for your answer",
    lead: "A request to you has not been answered yet. A short reply, even a no, helps the other person move on.",
    action: "Answer the request",
  },
  REQUEST_ACCEPTED: {
    subject: "Your request was accepted",
    lead: "Good news: your request was accepted. Your next step is the kickoff agreement, which you can fill in together.",
    action: "Open your new connection",
  },
  REQUEST_DECLINED: {
    subject: "An update on your request",
    lead: "The person you asked is not available right now. There are other people who match what you are looking for.",
    action: "See your suggestions",
  },
  REQUEST_EXPIRED: {
    subject: "Your request expired",
    lead: "Your request was not answered in time, so it has closed. This happens; other people match what you are looking for.",
    action: "See your suggestions",
  },
  REQUEST_WITHDRAWN: {
    subject: "A request to you was withdrawn",
    lead: "A request you had received was withdrawn by the person who sent it. There is nothing you need to do.",
    action: "See your requests",
  },
  REQUEST_QUESTION: {
    subject: "A question about a request",
    lead: "There is a question about a request. Sign in to read it and answer.",
    action: "Read the question",
  },
  NEW_MESSAGE: {
    subject: "New message on Constellation",
    lead: "You have a new message. Sign in to read it. (We send one email per conversation until you have read it.)",
    action: "Read the conversation",
  },
  AGREEMENT_CHANGED: {
    subject: "Your kickoff agreement changed",
    lead: "The kickoff agreement of one of your mentorships was edited. Have a look and confirm it when it suits you.",
    action: "Review the agreement",
  },
  OVERLAPPING_REQUESTS: {
    subject: "You have other open requests for the same goals",
    lead: "A request of yours was accepted, and other open requests of yours are about the same goals. Nothing was withdrawn: you decide whether to keep them.",
    action: "Review your requests",
  },
};

/** Plain-text email for one notification; see the privacy rule above. */
export function notificationEmail(kind: NotificationKind, input: NotificationEmailInput): { subject: string; text: string } {
  const copy = NOTIFICATION_EMAIL_COPY[kind];
  return {
    subject: copy.subject,
    text: [
      "Hello,",
      "",
      input.title,
      "",
      copy.lead,
      "",
      `${copy.action}:`,
      input.url,
      "",
      "--",
      "You receive this email because of your Constellation notification settings. To turn off emails like this one (you will still see them in the app):",
      input.settingsUrl,
    ].join("\n"),
  };
}
