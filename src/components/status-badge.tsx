import { Badge } from '@mantine/core';
import { useTranslation } from '@/i18n';
import type { ArticleStatus } from '@/domain';

/** One colour per workflow state, so a glance at a list tells where each article stands. */
export const statusColors: Record<ArticleStatus, string> = {
  draft: 'gray',
  in_review: 'blue',
  changes_requested: 'orange',
  approved: 'teal',
  scheduled: 'violet',
  published: 'green',
  unpublished: 'red',
};

/** Label keys live in the `articles` namespace: `status.<status>`. */
export function StatusBadge({ status }: { status: ArticleStatus }) {
  const { t } = useTranslation('articles');
  return (
    <Badge color={statusColors[status]} variant="light" radius="sm" style={{ textTransform: 'none' }}>
      {t(`status.${status}`)}
    </Badge>
  );
}
