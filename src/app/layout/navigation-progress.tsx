import { Progress } from '@mantine/core';
import { useTranslation } from '@/i18n';
import { usePendingNavigation } from '@/components/routing/use-pending-navigation';

/** A thin bar under the header while the next page's code downloads; the old page stays meanwhile. */
export function NavigationProgress() {
  const { t } = useTranslation('common');
  const busy = usePendingNavigation() !== null;
  if (!busy) return null;
  return (
    <Progress
      value={100}
      animated
      striped
      size={3}
      radius={0}
      aria-label={t('loading')}
      pos="absolute"
      left={0}
      right={0}
      bottom={-1}
    />
  );
}
