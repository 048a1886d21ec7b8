import { Group, Pagination, Select, Text } from '@mantine/core';
import { useTranslation } from '@/i18n';
import { usePaginationLabels } from '@/components/use-pagination-labels';
import { pageSizes } from '@/domain';

type Props = {
  total: number;
  page: number;
  pageSize: number;
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
};

export function ListFooter({ total, page, pageSize, onPage, onPageSize }: Props) {
  const { t, i18n } = useTranslation('articles');
  const labels = usePaginationLabels();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <Group justify="space-between" wrap="wrap" gap="sm">
      <Group gap="sm">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('list.total', { count: total, formatted: new Intl.NumberFormat(i18n.language).format(total) })}
        </Text>
        <Select
          aria-label={t('list.pageSize')}
          data={pageSizes.map((n) => ({ value: String(n), label: t('list.perPage', { count: n }) }))}
          value={String(pageSize)}
          onChange={(v) => v && onPageSize(Number(v))}
          allowDeselect={false}
          w={130}
          size="xs"
        />
      </Group>
      <Pagination
        total={pages}
        value={Math.min(page, pages)}
        onChange={onPage}
        size="sm"
        withEdges
        {...labels}
      />
    </Group>
  );
}
