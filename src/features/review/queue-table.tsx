import { Anchor, Skeleton, Table, Text, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { Link } from '@/components/routing/link';
import { taxonomyQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { formatDuration } from '@/components/format-relative';
import { useNow } from '@/components/use-now';
import { RowWorkflowActions } from '@/components/workflow/row-workflow-actions';
import { useUserNames } from '@/components/workflow/use-user-names';
import { formatDateTimeVN, type ArticleSummary } from '@/domain';

/** Waiting counts from the submission: the editor-in-chief's own edits meanwhile do not reset it. */
const waitingSince = (a: ArticleSummary) => a.submittedAt ?? a.updatedAt;

/** One row per waiting article; the title opens it for review. */
export function QueueTable({ items }: { items: ArticleSummary[] | undefined }) {
  const { t, i18n } = useTranslation(['review', 'articles']);
  const api = useApi();
  const categories = useQuery(taxonomyQueries.categories(api));
  const nameOf = useUserNames();
  const now = useNow();

  if (!items) return <Skeleton h={240} role="progressbar" aria-label={t('queue.loading')} />;
  if (items.length === 0) return <Text c="dimmed">{t('queue.empty')}</Text>;
  const category = (id: string) => categories.data?.find((c) => c.id === id)?.name ?? '';
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label={t('queue.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('queue.columns.title')}</Table.Th>
            <Table.Th>{t('queue.columns.author')}</Table.Th>
            <Table.Th>{t('queue.columns.category')}</Table.Th>
            <Table.Th ta="right">{t('queue.columns.words')}</Table.Th>
            <Table.Th>{t('queue.columns.waiting')}</Table.Th>
            <Table.Th w={48}>
              <VisuallyHidden>{t('articles:table.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td maw={420}>
                <Anchor component={Link} to={`/review/${a.id}`} fw={600} lineClamp={2}>
                  {a.title || t('articles:table.untitled')}
                </Anchor>
              </Table.Td>
              <Table.Td>{nameOf(a.authorId)}</Table.Td>
              <Table.Td>{category(a.categoryId)}</Table.Td>
              <Table.Td ta="right">{number.format(a.wordCount)}</Table.Td>
              <Table.Td>
                <Text size="sm" title={formatDateTimeVN(waitingSince(a))}>
                  {formatDuration(now - Date.parse(waitingSince(a)), i18n.language)}
                </Text>
              </Table.Td>
              <Table.Td>
                <RowWorkflowActions article={a} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
