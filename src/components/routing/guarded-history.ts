import { parsePath, UNSAFE_createBrowserHistory, type Location, type To } from 'react-router';

/** react-router's history contract (browser or memory), which it does not export by name. */
export type History = ReturnType<typeof UNSAFE_createBrowserHistory>;
type Update = Parameters<Parameters<History['listen']>[0]>[0];

export type LeaveCheck = (move: { currentLocation: Location; nextLocation: Location }) => boolean;
/** A navigation held back by a leave check, waiting for the person's answer. */
export type HeldNavigation = { proceed: () => void; reset: () => void };

export type GuardedHistory = History & {
  /** While set, every navigation it answers true for is held (one check at a time, as one page guards). */
  block: (check: LeaveCheck) => () => void;
  /** The navigation being held, if any; `subscribe` tells when it changes. */
  held: () => HeldNavigation | null;
  subscribe: (onChange: () => void) => () => void;
};

/**
 * A history whose navigations can be held back: links, `navigate()` and the browser's back/forward
 * alike. Back/forward has already moved the address when we hear of it, so a held one is undone at
 * once (the same distance the other way) and redone only if the person chooses to leave.
 */
export function guardHistory(base: History): GuardedHistory {
  let check: LeaveCheck | null = null;
  let held: HeldNavigation | null = null;
  let listener: ((update: Update) => void) | null = null;
  let current = base.location;
  // Our own undo of a held back/forward arrives as a pop of its own: not a navigation to pass on.
  let undoing = false;
  // The person chose to leave: the next move goes through unasked.
  let leaving = false;
  const watchers = new Set<() => void>();

  const hold = (next: HeldNavigation | null) => {
    held = next;
    watchers.forEach((watch) => watch());
  };
  const isHeld = (nextLocation: Location) => !leaving && check !== null && check({ currentLocation: current, nextLocation });
  const locationOf = (to: To, state: unknown): Location => ({
    pathname: current.pathname,
    search: '',
    hash: '',
    ...(typeof to === 'string' ? parsePath(to) : to),
    state: state ?? null,
    key: 'held',
  });
  const guarded = (move: (to: To, state?: unknown) => void) => (to: To, state?: unknown) => {
    if (!isHeld(locationOf(to, state))) return move(to, state);
    hold({
      proceed: () => {
        hold(null);
        leaving = true;
        try {
          move(to, state);
        } finally {
          leaving = false;
        }
      },
      reset: () => hold(null),
    });
  };

  base.listen((update) => {
    if (undoing) {
      undoing = false;
      return;
    }
    if (update.action === 'POP' && update.delta && isHeld(update.location)) {
      const delta = update.delta;
      undoing = true;
      base.go(-delta);
      hold({
        proceed: () => {
          hold(null);
          leaving = true;
          base.go(delta);
        },
        reset: () => hold(null),
      });
      return;
    }
    leaving = false;
    current = update.location;
    listener?.(update);
  });

  return {
    get action() {
      return base.action;
    },
    get location() {
      return base.location;
    },
    createHref: (to) => base.createHref(to),
    createURL: (to) => base.createURL(to),
    encodeLocation: (to) => base.encodeLocation(to),
    push: guarded((to, state) => base.push(to, state)),
    replace: guarded((to, state) => base.replace(to, state)),
    go: (delta) => base.go(delta),
    listen(next) {
      listener = next;
      return () => {
        if (listener === next) listener = null;
      };
    },
    block(next) {
      check = next;
      return () => {
        if (check !== next) return;
        check = null;
        if (held) hold(null);
      };
    },
    held: () => held,
    subscribe(watch) {
      watchers.add(watch);
      return () => watchers.delete(watch);
    },
  };
}

