import type { Editor } from '@tiptap/react';

type Listener = (props: unknown) => void;
const DEFERRED = new Set(['transaction', 'update']);

/** After the frame that is about to be drawn: a timer queued from the frame's callback runs past its paint. */
const afterNextPaint = (run: () => void) =>
  typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => setTimeout(run, 0)) : setTimeout(run, 0);

/**
 * The editor as the toolbar sees it: the same editor, whose `transaction` and `update` events reach
 * listeners once per frame, after the keystroke's letter is on screen. Each of Mantine's controls
 * re-checks its state (`isActive`, `can()`, a dry run of its command) on every event: run at once,
 * that is some twenty checks between a key and its letter on a 20,000-word article, for buttons whose
 * look changes a frame later all the same. Everything else, commands included, is the editor itself.
 */
export function deferEditorEvents(editor: Editor): Editor {
  const wrappers = new Map<Listener, Listener>();
  const pending = new Map<Listener, unknown>();
  const bound = new Map<PropertyKey, unknown>();
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    const calls = [...pending];
    pending.clear();
    for (const [listener, props] of calls) listener(props);
  };
  const wrap = (listener: Listener): Listener => {
    let wrapper = wrappers.get(listener);
    if (!wrapper) {
      wrapper = (props) => {
        pending.set(listener, props);
        if (scheduled) return;
        scheduled = true;
        afterNextPaint(flush);
      };
      wrappers.set(listener, wrapper);
    }
    return wrapper;
  };

  const proxy: Editor = new Proxy(editor, {
    get(target, prop) {
      if (prop === 'on' || prop === 'off') {
        return (event: string, listener?: Listener) => {
          const deferred = DEFERRED.has(event) && listener;
          const method = target[prop] as (event: string, listener?: Listener) => unknown;
          method.call(target, event, deferred ? wrap(listener) : listener);
          if (prop === 'off' && listener) pending.delete(listener);
          return proxy;
        };
      }
      const value: unknown = Reflect.get(target, prop, target);
      if (typeof value !== 'function') return value;
      // Methods run on the editor itself (its own `this`), bound once.
      let fn = bound.get(prop);
      if (!fn) bound.set(prop, (fn = (value as (...args: unknown[]) => unknown).bind(target)));
      return fn;
    },
  });
  return proxy;
}
