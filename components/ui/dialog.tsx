"use client";

import { useEffect, useRef, type ReactNode, type RefObject } from "react";
import { cn } from "@/components/ui/cn";

type DialogProps = {
  open: boolean;
  /** Called when the person closes it (Escape, or a button that sets `open` false). */
  onClose: () => void;
  /** The id of the dialog's heading. */
  labelledBy: string;
  describedBy?: string;
  /**
   * Where focus goes once it closes. By default the browser returns it to whatever had it
   * before (the button that opened it); pass this when that button may be gone by then.
   */
  returnFocusTo?: RefObject<HTMLElement | null>;
  children: ReactNode;
  className?: string;
};

/**
 * A modal dialog on the native <dialog> element: the browser moves focus into it, keeps Tab
 * inside it, closes it on Escape and makes the page behind it inert. The content is only
 * rendered while it is open, so closed dialogs add nothing to the page.
 */
export function Dialog({ open, onClose, labelledBy, describedBy, returnFocusTo, children, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  }, [onClose]);

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);

  // However it closed (Escape, or `open` turned false), tell the owner so its state agrees, and
  // move focus on once the page behind has re-rendered.
  const closed = () => {
    onCloseRef.current();
    if (returnFocusTo) requestAnimationFrame(() => returnFocusTo.current?.focus());
  };

  return (
    <dialog
      ref={ref}
      // Named only while open: a closed dialog's heading is not rendered.
      aria-labelledby={open ? labelledBy : undefined}
      aria-describedby={open ? describedBy : undefined}
      onClose={closed}
      className={cn(
        "m-auto max-h-[calc(100dvh-2rem)] w-[min(40rem,calc(100vw-1.5rem))] overflow-y-auto rounded-2xl border border-line bg-white p-0 text-ink shadow-xl backdrop:bg-ink/50",
        className,
      )}
    >
      {open ? children : null}
    </dialog>
  );
}
