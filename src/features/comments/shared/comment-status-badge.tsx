import { Badge } from '@mantine/core';
import { useTranslation } from '@/i18n';
import type { CommentStatus } from '@/domain';

export const commentStatusColors: Record<CommentStatus, string> = {
  pending: 'blue',
  approved: 'teal',
  rejected: 'red',
  spam: 'orange',
};

export function CommentStatusBadge({ status }: { status: CommentStatus }) {
  const { t } = useTranslation('comments');
  return (
    <Badge color={commentStatusColors[status]} variant="light" radius="sm" style={{ textTransform: 'none' }}>
      {t(`status.${status}`)}
    </Badge>
  );
}
