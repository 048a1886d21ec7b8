import { Anchor, Badge, Group, Paper, Text } from '@mantine/core';
import { useTranslation } from '@/i18n';
import { formatRelative } from '@/components/format-relative';
import type { Comment } from '@/domain';
import { CommentStatusBadge } from '../shared/comment-status-badge';
import { HighlightedText } from '../shared/highlighted-text';

const INDENT = 20;
const MAX_DEPTH = 6;

export function ThreadComment({ comment, depth, focus, onCommenter }: { comment: Comment; depth: number; focus: boolean; onCommenter: (c: Comment) => void }) {
  const { t, i18n } = useTranslation('comments');
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      ml={Math.min(depth, MAX_DEPTH) * INDENT}
      bg={focus ? 'var(--mantine-primary-color-light)' : undefined}
      aria-current={focus || undefined}
      component="li"
      style={{ listStyle: 'none' }}
    >
      <Group gap="xs" mb={4}>
        {comment.staffReply ? (
          <Text fw={600} size="sm">
            {comment.authorName}
          </Text>
        ) : (
          <Anchor component="button" type="button" fw={600} size="sm" onClick={() => onCommenter(comment)}>
            {comment.authorName}
          </Anchor>
        )}
        {comment.staffReply && <Badge size="sm">{t('row.staff')}</Badge>}
        <Text component="time" dateTime={comment.createdAt} size="xs" c="dimmed">
          {formatRelative(comment.createdAt, i18n.language)}
        </Text>
        <CommentStatusBadge status={comment.status} />
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        <HighlightedText text={comment.body} spans={comment.flags} />
      </Text>
    </Paper>
  );
}
