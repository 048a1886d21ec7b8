import { Anchor, Checkbox, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from '@/i18n';
import { Link } from '@/components/routing/link';
import { hasReason, reasonSummary } from '@/components/reason-summary';
import { RelativeTime } from '@/components/relative-time';
import { StatusBadge } from '@/components/status-badge';
import { RowWorkflowActions } from '@/components/workflow/row-workflow-actions';
import type { ArticleSummary } from '@/domain';

type Props = {
  items: ArticleSummary[];
  categoryName: (id: string) => string;
  authorName: (article: ArticleSummary) => string;
  dateField: 'updatedAt' | 'createdAt';
  selected: ReadonlySet<string>;
  isSelectable: (article: ArticleSummary) => boolean;
  onSelect: (ids: string[], on: boolean) => void;
  stale: boolean;
};

export function ArticlesTable({ items, categoryName, authorName, dateField, selected, isSelectable, onSelect, stale }: Props) {
  const { t, i18n } = useTranslation('articles');
  const selectable = items.filter(isSelectable);
  const checkedCount = selectable.filter((a) => selected.has(a.id)).length;
  const number = new Intl.NumberFormat(i18n.language);

  return (
    <Table.ScrollContainer minWidth={880}>
      <Table highlightOnHover verticalSpacing="sm" aria-busy={stale} style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 120ms' }}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label={t('table.selectAll')}
                checked={selectable.length > 0 && checkedCount === selectable.length}
                indeterminate={checkedCount > 0 && checkedCount < selectable.length}
                disabled={selectable.length === 0}
                onChange={(e) => onSelect(selectable.map((a) => a.id), e.currentTarget.checked)}
              />
            </Table.Th>
            <Table.Th>{t('table.title')}</Table.Th>
            <Table.Th w={140}>{t('table.status')}</Table.Th>
            <Table.Th>{t('table.category')}</Table.Th>
            <Table.Th>{t('table.author')}</Table.Th>
            <Table.Th>{t(dateField === 'createdAt' ? 'table.created' : 'table.updated')}</Table.Th>
            <Table.Th ta="right">{t('table.comments')}</Table.Th>
            <Table.Th w={48}>
              <VisuallyHidden>{t('table.actions')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((a) => (
            <Table.Tr key={a.id} bg={selected.has(a.id) ? 'var(--mantine-color-blue-light)' : undefined}>
              <Table.Td>
                <Checkbox
                  aria-label={t('table.select', { title: a.title || t('table.untitled') })}
                  checked={selected.has(a.id)}
                  disabled={!isSelectable(a)}
                  onChange={(e) => onSelect([a.id], e.currentTarget.checked)}
                />
              </Table.Td>
              <Table.Td maw={420}>
                <Anchor component={Link} to={`/articles/${a.id}/edit`} fw={500} lineClamp={2} c="var(--mantine-color-text)">
                  {a.title || t('table.untitled')}
                </Anchor>
                {hasReason(a) && (
                  <Text size="xs" c={a.status === 'unpublished' ? 'red' : 'orange'} lineClamp={1} mt={2}>
                    {t('table.reason', { reason: reasonSummary(t, a.lastReason!) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <StatusBadge status={a.status} />
              </Table.Td>
              {/* Plain text in the cells (the table sets the size): twenty rows of Mantine Text
                  components were a good part of the page's render. */}
              <Table.Td>{categoryName(a.categoryId)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{authorName(a)}</Table.Td>
              <Table.Td>
                <RelativeTime value={a[dateField]} style={{ whiteSpace: 'nowrap' }} />
              </Table.Td>
              <Table.Td ta="right">{number.format(a.commentCount)}</Table.Td>
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
