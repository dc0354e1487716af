import type { ReactNode } from "react";
import { cn } from "@/components/ui/cn";

// A message as its author typed it: plain text, line breaks and spacing kept (pre-wrap), and
// web addresses turned into links. Nothing here ever becomes HTML: React escapes every piece of
// text, and the only element made from the text is an <a> whose href is an http(s) URL that
// parsed cleanly. So `<script>` stays visible text and `javascript:` never becomes a link.
// Links open in a new tab without giving the other site a handle on this page (noopener), the
// address of this page (noreferrer), or our endorsement (nofollow).

// Candidates only: each is checked with the URL parser before it becomes a link.
const URL_CANDIDATE = /\bhttps?:\/\/[^\s<>"'`]+/gi;
// Punctuation that usually ends the sentence around a link rather than the link itself.
const TRAILING = /[.,;:!?'"*_]+$/;

/** Drops trailing punctuation, and a closing bracket the URL never opened ("(see https://x.org)"). */
function trimCandidate(candidate: string): string {
  let url = candidate;
  for (;;) {
    const before = url;
    url = url.replace(TRAILING, "");
    for (const [open, close] of [
      ["(", ")"],
      ["[", "]"],
      ["{", "}"],
    ] as const) {
      if (url.endsWith(close) && url.split(open).length < url.split(close).length) url = url.slice(0, -1);
    }
    if (url === before) return url;
  }
}

/** The link target for a candidate, or null when it is not a well-formed http(s) address. */
export function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    if (!url.hostname) return null;
    return url.href;
  } catch {
    return null;
  }
}

/** The text split into plain strings and links, in order. */
export function messageParts(text: string): Array<string | { href: string; text: string }> {
  const parts: Array<string | { href: string; text: string }> = [];
  let last = 0;
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const shown = trimCandidate(match[0]);
    const href = safeHref(shown);
    if (!href) continue;
    const start = match.index;
    if (start > last) parts.push(text.slice(last, start));
    parts.push({ href, text: shown });
    last = start + shown.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

export function MessageText({ text, className }: { text: string; className?: string }) {
  const content: ReactNode[] = messageParts(text).map((part, i) =>
    typeof part === "string" ? (
      part
    ) : (
      <a
        key={i}
        href={part.href}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className="break-all text-brand-700 underline underline-offset-2 hover:decoration-brand-700"
      >
        {part.text}
      </a>
    ),
  );
  return <div className={cn("whitespace-pre-wrap break-words", className)}>{content}</div>;
}
