import { useEffect, useRef } from 'react';

export type QueueKeyHandlers = {
  move(delta: 1 | -1): void;
  act(action: 'approve' | 'reject' | 'spam'): void;
  actOnSelection(action: 'approve' | 'reject' | 'spam'): void;
  toggleSelect(): void;
  undo(): void;
  openThread(): void;
  showHelp(): void;
};

const SINGLE: Record<string, (h: QueueKeyHandlers) => void> = {
  j: (h) => h.move(1),
  k: (h) => h.move(-1),
  a: (h) => h.act('approve'),
  r: (h) => h.act('reject'),
  s: (h) => h.act('spam'),
  x: (h) => h.toggleSelect(),
  z: (h) => h.undo(),
  A: (h) => h.actOnSelection('approve'),
  R: (h) => h.actOnSelection('reject'),
  S: (h) => h.actOnSelection('spam'),
  '?': (h) => h.showHelp(),
};

function typingInto(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return !['checkbox', 'radio', 'button', 'submit'].includes((target as HTMLInputElement).type);
  return Boolean(target.closest('[role="dialog"], [role="combobox"], [role="listbox"]'));
}

/**
 * The queue's keyboard. Arrow keys (and Enter on a row) always work inside the list; the letter keys
 * only when single-key shortcuts are on (WCAG 2.1.4), and never while typing or inside a dialog.
 */
export function useQueueKeys(handlers: QueueKeyHandlers, { enabled, singleKeys, listSelector }: { enabled: boolean; singleKeys: boolean; listSelector: string }) {
  const ref = useRef(handlers);
  ref.current = handlers;

  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey || e.isComposing) return;
      const target = e.target as HTMLElement | null;
      const inList = Boolean(target?.closest?.(listSelector));
      if (inList && (e.key === 'ArrowDown' || e.key === 'ArrowUp')) {
        e.preventDefault();
        ref.current.move(e.key === 'ArrowDown' ? 1 : -1);
        return;
      }
      // Enter on the row itself; on a button inside it, Enter presses the button.
      if (e.key === 'Enter' && target?.getAttribute('role') !== 'button' && target?.tagName === 'ARTICLE' && inList) {
        e.preventDefault();
        ref.current.openThread();
        return;
      }
      if (!singleKeys || typingInto(target)) return;
      // Caps Lock swaps `a` and `A`: whether Shift is held, not the letter's case, says single or selection.
      const letter = e.key.toLowerCase();
      const decision = letter === 'a' || letter === 'r' || letter === 's';
      const run = decision ? SINGLE[e.shiftKey ? letter.toUpperCase() : letter] : SINGLE[e.key];
      if (!run) return;
      e.preventDefault();
      run(ref.current);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [enabled, singleKeys, listSelector]);
}
