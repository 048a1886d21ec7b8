import { Badge } from '@mantine/core';
import { useTranslation } from '@/i18n';
import { useNotesUnread } from './use-notes-unread';

/** A count of editorial notes this person has not read yet; nothing when there are none. */
export function NotesUnreadBadge({ articleId }: { articleId: string }) {
  const { t } = useTranslation('review');
  const { unread } = useNotesUnread(articleId);
  if (unread === 0) return null;
  return (
    <Badge size="sm" color="red" variant="filled" circle aria-label={t('notes.unread', { count: unread })}>
      {unread}
    </Badge>
  );
}
