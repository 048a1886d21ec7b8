import { SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from '@/i18n';
import { reasonSummary } from '@/components/reason-summary';
import type { ArticleStatus, User } from '@/domain';
import { ArticlePanel } from './article-panel';

const base = { page: 1, pageSize: 5, sort: 'updatedAt:desc' } as const;

/** Where each of the reporter's own articles stands. */
export function ReporterSection({ user, statuses }: { user: User; statuses: readonly ArticleStatus[] }) {
  const { t } = useTranslation('dashboard');
  const mine = (status: ArticleStatus) => ({ ...base, status: [status], authorId: user.id });
  const link = (status: ArticleStatus) => `/my-articles?status=${status}`;
  const panels: { status: ArticleStatus; title: string; empty: string }[] = [
    { status: 'changes_requested', title: t('reporter.returned'), empty: t('reporter.returnedEmpty') },
    { status: 'draft', title: t('reporter.drafts'), empty: t('reporter.draftsEmpty') },
    { status: 'in_review', title: t('reporter.inReview'), empty: t('reporter.inReviewEmpty') },
    { status: 'published', title: t('reporter.published'), empty: t('reporter.publishedEmpty') },
    { status: 'unpublished', title: t('reporter.unpublished'), empty: t('reporter.unpublishedEmpty') },
  ];

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      {panels
        .filter((p) => statuses.includes(p.status))
        .map((p) => (
          <ArticlePanel
            key={p.status}
            title={p.title}
            query={mine(p.status)}
            to={link(p.status)}
            empty={p.empty}
            row={
              p.status === 'changes_requested' || p.status === 'unpublished'
                ? {
                    extra: (a) =>
                      a.lastReason && (
                        <Text size="xs" c={p.status === 'unpublished' ? 'red' : 'orange'} lineClamp={2}>
                          {t('reporter.reason', { reason: reasonSummary(t, a.lastReason) })}
                        </Text>
                      ),
                  }
                : p.status === 'published'
                  ? { date: (a) => a.publishedAt }
                  : undefined
            }
          />
        ))}
    </SimpleGrid>
  );
}
