import { Paper, Stack, Text, Group } from '@mantine/core';
import { useTranslation } from '@/i18n';
import { formatRelative } from '@/components/format-relative';
import type { Comment } from '@/domain';
import { CommentStatusBadge } from '../shared/comment-status-badge';
import { HighlightedText } from '../shared/highlighted-text';

const SHOWN = 50;

/** The reader's latest comments, newest first. */
export function CommenterComments({ items, total }: { items: readonly Comment[]; total: number }) {
  const { t, i18n } = useTranslation('comments');
  return (
    <Stack gap="xs" component="ul" p={0} m={0} aria-label={t('commenter.comments')}>
      {items.slice(0, SHOWN).map((c) => (
        <Paper key={c.id} withBorder p="xs" radius="sm" component="li" style={{ listStyle: 'none' }}>
          <Group gap="xs" mb={4}>
            <CommentStatusBadge status={c.status} />
            <Text component="time" dateTime={c.createdAt} size="xs" c="dimmed">
              {formatRelative(c.createdAt, i18n.language)}
            </Text>
            <Text size="xs" c="dimmed" truncate style={{ flex: 1 }}>
              {c.articleTitle}
            </Text>
          </Group>
          <Text size="sm" lineClamp={3} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            <HighlightedText text={c.body} spans={c.flags} />
          </Text>
        </Paper>
      ))}
      {total > SHOWN && (
        <Text size="xs" c="dimmed">
          {t('commenter.more', { shown: SHOWN, total })}
        </Text>
      )}
    </Stack>
  );
}
