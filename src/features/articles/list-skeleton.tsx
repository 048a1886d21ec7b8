import { Skeleton, Stack } from '@mantine/core';
import { useTranslation } from '@/i18n';

export function ListSkeleton({ rows = 8 }: { rows?: number }) {
  const { t } = useTranslation('articles');
  return (
    <Stack gap="xs" aria-busy="true" aria-label={t('list.loading')} role="status">
      <Skeleton height={36} />
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} height={44} opacity={1 - i * 0.08} />
      ))}
    </Stack>
  );
}
