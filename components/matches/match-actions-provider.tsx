"use client";

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useOptimistic,
  useRef,
  useState,
  useTransition,
  type ReactNode,
  type RefObject,
} from "react";
import { dismissAction, undoDismissAction } from "@/lib/matches/actions";
import { actionProblem } from "@/components/matches/action-problem";
import { cn } from "@/components/ui/cn";

// Shared state for the actions on the matches page: "Not for me" hides a card at once
// (optimistically) and shows a notice with Undo; every result is also read out through one
// page-level live region.
//
// The notice goes in the page's flow, where the hidden card was (the suggestion list renders it
// through useInlineNotice, a person's page through MatchNoticeSlot), so it covers nothing at any
// width. A notice pinned to the bottom of the screen covered the next card on a phone and stayed
// there until closed.

type Notice =
  | { kind: "hidden"; id: string; name: string; serial: number }
  | { kind: "restoring"; id: string; name: string; serial: number }
  | { kind: "restored"; id: string; name: string; serial: number }
  | { kind: "error"; id: string; name: string; serial: number; message: string };

type MatchActions = {
  /** Ids hidden while their "Not for me" is on its way to the server. */
  isHidden: (id: string) => boolean;
  dismiss: (id: string, name: string) => void;
  /** The error from the last failed "Not for me" on this person, if any. */
  dismissError: (id: string) => string | null;
  /** Set after an Undo: that card takes focus when it is back on the page. */
  restoreFocusId: string | null;
  clearRestoreFocus: () => void;
  /** Reads a short result out to screen readers (visible feedback stays on the card). */
  announce: (text: string) => void;
};

const Context = createContext<MatchActions | null>(null);

/** The notice as the page shows it in place: the box itself, and which "Not for me" it is about. */
type InlineNotice = { id: string; serial: number; box: ReactNode };

const NoticeContext = createContext<InlineNotice | null>(null);

/** The notice to render in place, or null when there is none. */
export function useInlineNotice(): InlineNotice | null {
  return useContext(NoticeContext);
}

/** Renders the current notice where it is placed (e.g. under a person page's buttons). */
export function MatchNoticeSlot({ className }: { className?: string }) {
  const notice = useInlineNotice();
  return notice ? <div className={className}>{notice.box}</div> : null;
}

export function useMatchActions(): MatchActions {
  const value = useContext(Context);
  if (!value) throw new Error("useMatchActions needs a MatchActionsProvider.");
  return value;
}

const NO_IDS: ReadonlySet<string> = new Set();

function without(errors: Record<string, string>, id: string): Record<string, string> {
  if (!(id in errors)) return errors;
  const next = { ...errors };
  delete next[id];
  return next;
}

/** Moves focus to the first of these headings still on the page, else to the page title. */
export function focusHeading(...ids: string[]) {
  const target =
    ids.map((id) => document.getElementById(id)).find((el): el is HTMLElement => el !== null) ??
    document.querySelector<HTMLElement>("main h1");
  if (target) {
    if (!target.hasAttribute("tabindex")) target.setAttribute("tabindex", "-1");
    target.focus();
  }
}

export function MatchActionsProvider({ children }: { children: ReactNode }) {
  const [, startTransition] = useTransition();
  const [hidden, hide] = useOptimistic(NO_IDS, (current: ReadonlySet<string>, id: string) => new Set(current).add(id));
  const [notice, setNotice] = useState<Notice | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [restoreFocusId, setRestoreFocusId] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const serial = useRef(0);
  const undoRef = useRef<HTMLButtonElement>(null);
  // The same words twice in a row would not be read out again: tell them apart invisibly.
  const say = useCallback((text: string) => setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text)), []);

  const dismiss = useCallback(
    (id: string, name: string) => {
      serial.current += 1;
      const current = serial.current;
      setErrors((e) => without(e, id));
      setNotice({ kind: "hidden", id, name, serial: current });
      say(noticeText({ kind: "hidden", name }));
      startTransition(async () => {
        hide(id);
        const message = await actionProblem(() => dismissAction(id));
        if (message) {
          const text = `${name} was not hidden. ${message}`;
          setErrors((e) => ({ ...e, [id]: text }));
          setNotice({ kind: "error", id, name, serial: current, message: text });
          say(text);
          setRestoreFocusId(id);
        }
      });
    },
    [hide, say],
  );

  const undo = () => {
    if (!notice || notice.kind !== "hidden") return;
    const { id, name, serial: current } = notice;
    setNotice({ kind: "restoring", id, name, serial: current });
    startTransition(async () => {
      const message = await actionProblem(() => undoDismissAction(id));
      if (message) {
        const text = `${name} is still hidden. ${message}`;
        setNotice({ kind: "error", id, name, serial: current, message: text });
        say(text);
      } else {
        setNotice({ kind: "restored", id, name, serial: current });
        say(noticeText({ kind: "restored", name }));
        setRestoreFocusId(id);
      }
    });
  };

  const close = () => {
    setNotice(null);
    focusHeading("results-title");
  };

  // After "Not for me" the card (and the button that had focus) is gone: Undo takes focus.
  useEffect(() => {
    if (notice?.kind === "hidden") undoRef.current?.focus();
  }, [notice?.kind, notice?.serial]);

  const value = useMemo<MatchActions>(
    () => ({
      isHidden: (id) => hidden.has(id),
      dismiss,
      dismissError: (id) => errors[id] ?? null,
      restoreFocusId,
      clearRestoreFocus: () => setRestoreFocusId(null),
      announce: say,
    }),
    [hidden, dismiss, errors, restoreFocusId, say],
  );

  const box = notice ? <NoticeBox notice={notice} undo={undo} close={close} undoRef={undoRef} /> : null;
  const inline: InlineNotice | null = notice && box ? { id: notice.id, serial: notice.serial, box } : null;

  return (
    <Context.Provider value={value}>
      <NoticeContext value={inline}>{children}</NoticeContext>
      <p role="status" className="sr-only">
        {announcement}
      </p>
    </Context.Provider>
  );
}

function noticeText(notice: { kind: "hidden" | "restored"; name: string }): string {
  return notice.kind === "hidden"
    ? `${notice.name} is hidden from your suggestions for 90 days.`
    : `${notice.name} is back in your suggestions.`;
}

type NoticeBoxProps = { notice: Notice; undo: () => void; close: () => void; undoRef: RefObject<HTMLButtonElement | null> };

/** What "Not for me" did, with Undo while it can be undone and Close (Escape closes it too). */
function NoticeBox({ notice, undo, close, undoRef }: NoticeBoxProps) {
  return (
    <div
      data-match-notice={notice.kind}
      onKeyDown={(event) => {
        if (event.key === "Escape") close();
      }}
      className={cn(
        "flex w-full flex-wrap items-center gap-x-4 gap-y-2 rounded-xl border px-4 py-3 text-sm",
        // Tinted, so it never reads as another suggestion's card.
        notice.kind === "error" ? "border-red-200 bg-red-50 text-red-900" : "border-brand-100 bg-brand-50 text-ink",
      )}
    >
      <p className="min-w-0 flex-1">
        {notice.kind === "hidden" ? (
          <>
            <strong className="font-semibold">{notice.name}</strong> is hidden from your suggestions for 90 days.
          </>
        ) : notice.kind === "restoring" ? (
          <>Bringing back {notice.name}…</>
        ) : notice.kind === "restored" ? (
          <>
            <strong className="font-semibold">{notice.name}</strong> is back in your suggestions.
          </>
        ) : (
          notice.message
        )}
      </p>
      <div className="flex items-center gap-1">
        {notice.kind === "hidden" ? (
          <button
            ref={undoRef}
            type="button"
            onClick={undo}
            className="rounded-lg bg-brand-700 px-3 py-1.5 font-semibold text-white hover:bg-brand-800"
          >
            Undo<span className="sr-only">: show {notice.name} again</span>
          </button>
        ) : null}
        <button
          type="button"
          onClick={close}
          className={cn(
            "rounded-lg px-3 py-1.5 font-semibold",
            notice.kind === "error" ? "text-red-900 hover:bg-red-100" : "text-brand-700 hover:bg-brand-100",
          )}
        >
          Close<span className="sr-only"> this message</span>
        </button>
      </div>
    </div>
  );
}
