import { Box } from '@mantine/core';
import { measureElement, observeElementRect, useVirtualizer, type Virtualizer } from '@tanstack/react-virtual';
import { useCallback, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import type { Comment, CommentQueue } from '@/domain';
import { CommentRow, rowDomId, type RowContext } from './comment-row';
import { estimateRowHeight } from './row-size';
import { createScrollState } from './scroll-state';

const ESTIMATED_ROW = 200;
/** Where layout reports no size (a hidden tab, jsdom), assume a screenful rather than render nothing. */
const FALLBACK_VIEWPORT = 900;

export type QueueListHandle = {
  /** Scrolls the row into view and focuses it, now or as soon as it is rendered. */
  focusRow(id: string): void;
};

export type QueueListProps = {
  items: readonly Comment[];
  activeId: string | null;
  selected: ReadonlySet<string>;
  queue: CommentQueue;
  ctx: Omit<RowContext, 'scroll'>;
  handle: Ref<QueueListHandle>;
};

// The resize observer's own entry gives the size without forcing a layout; zero means no layout at all.
const measure: typeof measureElement = (el, entry, instance) => measureElement(el, entry, instance) || ESTIMATED_ROW;

/** The queue as an ARIA feed, virtualised: only the rows on screen (and a few around) exist. */
export function QueueList(props: QueueListProps) {
  const { items, activeId, selected, queue, handle, ctx } = props;
  const { t } = ctx;
  const scrollRef = useRef<HTMLDivElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const itemsRef = useRef(items);
  itemsRef.current = items;
  const widthRef = useRef(0);

  const observeRect = useCallback<typeof observeElementRect>(
    (instance, cb) =>
      observeElementRect(instance, (rect) => {
        widthRef.current = rect.width;
        cb(rect.height > 0 ? rect : { width: rect.width, height: FALLBACK_VIEWPORT });
      }),
    [],
  );

  const virtualizer: Virtualizer<HTMLDivElement, Element> = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (index) => {
      const c = itemsRef.current[index];
      return c && widthRef.current > 0 ? estimateRowHeight(c, widthRef.current) : ESTIMATED_ROW;
    },
    overscan: 2,
    observeElementRect: observeRect,
    measureElement: measure,
  });

  const tryFocus = useCallback(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const el = document.getElementById(rowDomId(id));
    if (!el) return;
    pendingFocus.current = null;
    el.focus({ preventScroll: true });
  }, []);

  useImperativeHandle(
    handle,
    () => ({
      focusRow(id) {
        const index = itemsRef.current.findIndex((c) => c.id === id);
        if (index < 0) return;
        pendingFocus.current = id;
        virtualizer.scrollToIndex(index, { align: 'auto' });
        tryFocus();
      },
    }),
    [virtualizer, tryFocus],
  );

  const [scroll] = useState(createScrollState);
  const rowCtx = useMemo<RowContext>(() => ({ ...ctx, scroll }), [ctx, scroll]);
  const scrolling = virtualizer.isScrolling;
  useLayoutEffect(() => scroll.set(scrolling), [scroll, scrolling]);
  const virtualItems = virtualizer.getVirtualItems();
  // A row scrolled in from far away renders a frame later; focus it once it exists.
  useLayoutEffect(tryFocus);

  return (
    <Box
      ref={scrollRef}
      role="feed"
      aria-label={t('list.label')}
      aria-busy={false}
      style={{ height: 'calc(100dvh - 300px)', minHeight: 420, overflowY: 'auto', contain: 'strict' }}
      data-testid="comment-queue-scroller"
    >
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative', width: '100%' }}>
        {virtualItems.map((v) => {
          const c = items[v.index]!;
          return (
            <div
              key={c.id}
              data-index={v.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${v.start}px)` }}
            >
              <CommentRow
                comment={c}
                index={v.index}
                total={items.length}
                active={c.id === activeId}
                selected={selected.has(c.id)}
                queue={queue}
                ctx={rowCtx}
              />
            </div>
          );
        })}
      </div>
    </Box>
  );
}
