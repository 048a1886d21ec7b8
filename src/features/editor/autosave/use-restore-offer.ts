import { useEffect, useRef, useState } from 'react';
import { dropLocalCopy, readLocalCopy, type LocalCopy } from './local-copy';
import { localKey } from './save-engine';
import { sameSnapshot, type EditorSnapshot } from './snapshot';

/**
 * On opening: a local copy that differs from the server's is offered back; one that matches is
 * simply dropped, the server having the same text.
 */
export function useRestoreOffer(articleId: string | null, server: EditorSnapshot) {
  const [offer, setOffer] = useState<LocalCopy | null>(null);
  // Whether this device's copy has been looked at yet: until then an offer may still come.
  const [read, setRead] = useState(false);
  const openedAs = useRef(articleId);
  useEffect(() => {
    // An article this editor has just created has no copy but this session's own: offering it would
    // interrupt the person mid-typing.
    if (articleId !== openedAs.current) return;
    let live = true;
    const key = localKey(articleId);
    void readLocalCopy(key).then((copy) => {
      if (!live) return;
      setRead(true);
      if (!copy) return;
      if (sameSnapshot(copy.snapshot, server)) void dropLocalCopy(key).catch(() => undefined);
      else setOffer(copy);
    });
    return () => {
      live = false;
    };
    // Only on opening: later copies are this session's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [articleId]);

  const discard = () => {
    setOffer(null);
    void dropLocalCopy(localKey(articleId)).catch(() => undefined);
  };
  const state: 'reading' | 'offered' | 'none' = offer ? 'offered' : read || articleId !== openedAs.current ? 'none' : 'reading';
  return { offer, state, dismiss: () => setOffer(null), discard };
}
