/**
 * Typing in the body concerns ProseMirror alone, which listens on its own element. Let through, each
 * plain keystroke would go on to React's listener at the root of the page, which looks for handlers in
 * every component between the editor and the root, five times per key (keydown, keypress,
 * beforeinput, input, keyup): work no other part of the page asks for, on the hottest path there is.
 *
 * Keys with Ctrl, ⌘ or Alt, and Escape, go on: those are the page's shortcuts (save, spotlight).
 * Listeners in the capture phase (the autosave's `compositionend` on the document) still see all.
 */
const TYPING = ['keydown', 'keypress', 'keyup', 'beforeinput', 'input', 'textInput', 'compositionstart', 'compositionupdate', 'compositionend'];

function stop(event: Event) {
  if (event instanceof KeyboardEvent && (event.ctrlKey || event.metaKey || event.altKey || event.key === 'Escape')) return;
  event.stopPropagation();
}

/** A ref callback for the element around the editor's content; React 19 runs its cleanup on unmount. */
export function containTyping(element: HTMLElement | null) {
  if (!element) return;
  for (const type of TYPING) element.addEventListener(type, stop);
  return () => {
    for (const type of TYPING) element.removeEventListener(type, stop);
  };
}
