import { Table } from '@mantine/core';
import { useTranslation } from '@/i18n';
import type { ArticleStats } from '@/api/port';
import type { ArticleStatus } from '@/domain';
import { longDay } from './day-label';

/** The chart's figures as a table, for screen readers and for anyone who wants the numbers: one row a day, one column a status. */
export function StatusTable({ stats, statuses, id }: { stats: ArticleStats; statuses: readonly ArticleStatus[]; id?: string }) {
  const { t, i18n } = useTranslation(['dashboard', 'articles']);
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <Table.ScrollContainer minWidth={640} id={id}>
      <Table striped fz="sm" highlightOnHover>
        <caption>{t('dashboard:stats.tableCaption', { days: stats.days.length })}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('dashboard:stats.day')}</Table.Th>
            {statuses.map((s) => (
              <Table.Th key={s} scope="col">
                {t(`articles:status.${s}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {stats.days.map((d) => (
            <Table.Tr key={d.date}>
              <Table.Th scope="row">{longDay(d.date)}</Table.Th>
              {statuses.map((s) => (
                <Table.Td key={s}>{number.format(d.entered[s])}</Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
