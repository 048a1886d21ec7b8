import type { PaginationProps } from '@mantine/core';
import { useTranslation } from '@/i18n';

/** Mantine's page buttons hold only a number and its arrows only an icon: each gets a spoken name. */
export function usePaginationLabels(): Pick<PaginationProps, 'getItemProps' | 'getControlProps'> {
  const { t } = useTranslation('common');
  return {
    getItemProps: (page) => ({ 'aria-label': t('pagination.page', { page }) }),
    getControlProps: (control) => ({ 'aria-label': t(`pagination.${control}`) }),
  };
}
