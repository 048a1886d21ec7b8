import { memo, useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from '@/i18n';
import { useNow } from '@/components/use-now';
import type { Comment, CommentAction, CommentQueue } from '@/domain';
import type { Announcer } from '../shared/announcer';
import { BulkBar } from './bulk-bar';
import type { RowContext } from './comment-row';
import { QueueList, type QueueListHandle } from './queue-list';
import { compiledT } from './row-text';
import type { RowNotes } from './row-notes';
import type { Moderation } from './use-moderation';
import { useQueueKeys } from './use-queue-keys';
import { useSelection } from './use-selection';

const LIST_SELECTOR = '[role="feed"]';

export type QueueWorkspaceProps = {
  items: readonly Comment[];
  queue: CommentQueue;
  moderation: Moderation;
  announcer: Announcer;
  notes: RowNotes;
  singleKeys: boolean;
  /** A drawer is open over the queue: its keys are the drawer's. */
  covered: boolean;
  onThread: (comment: Comment) => void;
  onCommenter: (comment: Comment) => void;
  onHelp: () => void;
};

/**
 * The list and what moving through it touches (the active row, the selection, the keys). Kept apart
 * from the filters and tabs, so a keypress re-renders this and the rows it changes, nothing else.
 */
export const QueueWorkspace = memo(function QueueWorkspace(props: QueueWorkspaceProps) {
  const { items, moderation, announcer, notes, singleKeys, onThread, onCommenter } = props;
  const { t, i18n } = useTranslation('comments');
  const now = useNow();
  const listRef = useRef<QueueListHandle>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const selection = useSelection();

  // Callbacks read the list through refs: a decision changes `items`, and new callbacks would
  // re-render every visible row.
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const active = activeId && items.some((c) => c.id === activeId) ? activeId : (items[0]?.id ?? null);
  const activeRef = useRef(active);
  activeRef.current = active;
  const lookup = (id: string | null) => (id ? itemsRef.current.find((c) => c.id === id) : undefined);

  const focusAt = useCallback((id: string | undefined) => {
    if (!id) return;
    setActiveId(id);
    listRef.current?.focusRow(id);
  }, []);

  const move = useCallback(
    (delta: 1 | -1) => {
      const list = itemsRef.current;
      const index = list.findIndex((c) => c.id === activeRef.current);
      focusAt(list[Math.min(list.length - 1, Math.max(0, index + delta))]?.id);
    },
    [focusAt],
  );

  const onAction = useCallback(
    (comment: Comment, action: CommentAction) => {
      moderation.act(comment, action);
      const list = itemsRef.current;
      const index = list.findIndex((c) => c.id === comment.id);
      focusAt(list[index + 1]?.id ?? comment.id);
    },
    [moderation, focusAt],
  );

  const actOnSelection = useCallback(
    (action: CommentAction) => {
      const chosen = itemsRef.current.filter((c) => selection.selected.has(c.id));
      if (chosen.length === 0) return announcer.announce(t('bulk.none'));
      moderation.actMany(chosen, action);
      selection.clear();
    },
    [selection, moderation, announcer, t],
  );

  const ctx = useMemo<Omit<RowContext, 'scroll'>>(
    () => ({
      t: compiledT(t),
      language: i18n.language,
      n: new Intl.NumberFormat(i18n.language),
      now,
      shortcuts: singleKeys,
      notes,
      onFocusRow: setActiveId,
      onToggle: selection.toggle,
      onAction,
      onThread,
      onCommenter,
    }),
    [t, i18n.language, now, singleKeys, notes, selection.toggle, onAction, onThread, onCommenter],
  );

  useQueueKeys(
    {
      move,
      act: (action) => {
        const c = lookup(activeRef.current);
        if (c) onAction(c, action);
      },
      actOnSelection,
      toggleSelect: () => activeRef.current && selection.toggle(activeRef.current),
      undo: () => moderation.undo(),
      openThread: () => {
        const c = lookup(activeRef.current);
        if (c) onThread(c);
      },
      showHelp: props.onHelp,
    },
    { enabled: !props.covered, singleKeys, listSelector: LIST_SELECTOR },
  );

  return (
    <>
      <BulkBar count={selection.selected.size} onAct={actOnSelection} onClear={selection.clear} />
      <QueueList handle={listRef} items={items} activeId={active} selected={selection.selected} queue={props.queue} ctx={ctx} />
    </>
  );
});
