import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleLock } from '@/api/port';
import { useApi } from '@/api/react';
import { lockHolder, serialized } from './lock-errors';

export type LockState =
  | { kind: 'acquiring' }
  /** This tab holds the lock and keeps it alive. */
  | { kind: 'held' }
  /** The server could not be asked (offline, 5xx): editing goes on, the heartbeat keeps asking. */
  | { kind: 'unconfirmed' }
  /** The backend has no locks: editing is not guarded. */
  | { kind: 'unsupported' }
  /** Someone else is editing: read-only until they stop (checked on every heartbeat). */
  | { kind: 'locked'; holder: ArticleLock | null }
  /** The editor-in-chief took over while this tab held the lock. */
  | { kind: 'lost'; holder: ArticleLock | null }
  | { kind: 'off' };

export type UseArticleLockOptions = {
  enabled?: boolean;
  heartbeatMs?: number;
  /** Called once when a takeover is noticed: the editor writes its unsaved text to its local copy here. */
  onLost?(holder: ArticleLock | null): void;
};

export const HEARTBEAT_MS = 20_000;

/**
 * A soft edit lock: taken on mount, renewed every ~20 s (the server lets it lapse after 60 s without a
 * heartbeat), released on unmount and when the page goes away. A takeover is learnt on the next
 * heartbeat (423 with the new holder), or as soon as the tab is back in front.
 */
export function useArticleLock(articleId: string | null | undefined, { enabled = true, heartbeatMs = HEARTBEAT_MS, onLost }: UseArticleLockOptions = {}) {
  const api = useApi();
  const supported = api.capabilities.locks;
  const active = Boolean(articleId) && enabled && supported;
  const [state, setState] = useState<LockState>(() => (!supported ? { kind: 'unsupported' } : active ? { kind: 'acquiring' } : { kind: 'off' }));
  const stateRef = useRef(state);
  stateRef.current = state;
  const onLostRef = useRef(onLost);
  onLostRef.current = onLost;

  const attempt = useCallback(
    async (id: string, force = false) => {
      try {
        await serialized(id, () => api.articles.lock(id, force ? { force } : undefined));
        setState({ kind: 'held' });
      } catch (error) {
        const holder = lockHolder(error);
        if (holder === undefined) {
          // A failed heartbeat (offline, 5xx) does not mean someone else has it; try again next beat.
          if (force) throw error;
          if (stateRef.current.kind === 'acquiring') setState({ kind: 'unconfirmed' });
          return;
        }
        if (stateRef.current.kind === 'held') {
          setState({ kind: 'lost', holder });
          onLostRef.current?.(holder);
        } else {
          setState({ kind: 'locked', holder });
        }
      }
    },
    [api],
  );

  useEffect(() => {
    if (!active || !articleId) {
      setState(supported ? { kind: 'off' } : { kind: 'unsupported' });
      return;
    }
    setState({ kind: 'acquiring' });
    void attempt(articleId);
    const renew = () => {
      const kind = stateRef.current.kind;
      if (kind === 'held' || kind === 'locked' || kind === 'unconfirmed') void attempt(articleId);
    };
    const beat = window.setInterval(renew, heartbeatMs);
    // Coming back to the tab (a laptop waking, another window in front) asks at once: a takeover that
    // happened meanwhile is learnt before the person types into an article that is no longer theirs.
    const wake = () => {
      if (document.visibilityState === 'visible') renew();
    };
    const release = () => {
      if (stateRef.current.kind === 'held') void serialized(articleId, () => api.articles.unlock(articleId)).catch(() => undefined);
    };
    window.addEventListener('pagehide', release);
    window.addEventListener('focus', wake);
    document.addEventListener('visibilitychange', wake);
    return () => {
      window.clearInterval(beat);
      window.removeEventListener('pagehide', release);
      window.removeEventListener('focus', wake);
      document.removeEventListener('visibilitychange', wake);
      release();
    };
  }, [active, articleId, api, attempt, heartbeatMs, supported]);

  const takeOver = useCallback(async () => {
    if (articleId) await attempt(articleId, true);
  }, [articleId, attempt]);

  /** Asks the server at once (a save was refused for a lock): a takeover shows without waiting a beat. */
  const recheck = useCallback(() => {
    if (active && articleId && stateRef.current.kind === 'held') void attempt(articleId);
  }, [active, articleId, attempt]);

  const readOnly = state.kind === 'locked' || state.kind === 'lost';
  const holder = state.kind === 'locked' || state.kind === 'lost' ? state.holder : null;
  return { state, readOnly, holder, takeOver, recheck };
}
