import { Badge, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n';
import { commentQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { commentQueueSchema, type CommentQueue } from '@/domain';

/** Counts refresh with the arrivals poll, so the badges stay live while the list stays still. */
export const POLL_MS = 15_000;

export type QueueTabsProps = { value: CommentQueue; onChange: (q: CommentQueue) => void; articleId?: string; children: ReactNode };

/** The five queues with live counts; the panel holds the current queue's list. */
export function QueueTabs({ value, onChange, articleId, children }: QueueTabsProps) {
  const { t, i18n } = useTranslation('comments');
  const api = useApi();
  const counts = useQuery({ ...commentQueries.counts(api, articleId), refetchInterval: POLL_MS });
  const n = new Intl.NumberFormat(i18n.language);
  return (
    <Tabs value={value} onChange={(v) => v && onChange(v as CommentQueue)} keepMounted={false} activateTabWithKeyboard>
      <Tabs.List>
        {commentQueueSchema.options.map((q) => {
          const count = counts.data?.[q];
          return (
            <Tabs.Tab
              key={q}
              value={q}
              rightSection={
                count !== undefined ? (
                  <Badge size="sm" variant={q === value ? 'filled' : 'light'} circle={count < 10} aria-hidden>
                    {n.format(count)}
                  </Badge>
                ) : null
              }
              aria-label={count !== undefined ? t('queues.tabLabel', { queue: t(`queues.${q}`), count }) : undefined}
            >
              {t(`queues.${q}`)}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      <Tabs.Panel value={value} pt="sm">
        {children}
      </Tabs.Panel>
    </Tabs>
  );
}
