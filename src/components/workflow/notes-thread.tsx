import { Button, Group, Paper, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { IconSend } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n';
import { articleMutations } from '@/api/queries';
import { useApi } from '@/api/react';
import { useCurrentUser } from '@/api/session';
import { describeError } from '@/components/error-message';
import { QueryError } from '@/components/query-error';
import { UserAvatar } from '@/components/user-avatar';
import { formatDateTimeVN } from '@/domain';
import { useNotesUnread } from './use-notes-unread';
import { useUserNames } from './use-user-names';

const MAX_NOTE = 2000;

/** The editorial conversation about one article; reading it marks its notes read. */
export function NotesThread({ articleId }: { articleId: string }) {
  const { t } = useTranslation(['review', 'errors']);
  const api = useApi();
  const user = useCurrentUser();
  const nameOf = useUserNames();
  const { notes, markRead } = useNotesUnread(articleId);
  const add = useMutation(articleMutations.addNote(api));
  const [draft, setDraft] = useState('');

  useEffect(() => {
    if (notes.data) markRead();
  }, [notes.data, markRead]);

  if (!api.capabilities.notes) return <Text c="dimmed">{t('notes.unsupported')}</Text>;
  if (notes.isPending) return <Skeleton h={80} role="progressbar" aria-label={t('notes.loading')} />;
  if (notes.isError) return <QueryError error={notes.error} onRetry={() => void notes.refetch()} retrying={notes.isFetching} />;

  const send = () => {
    const body = draft.trim();
    if (!body) return;
    add.mutate({ id: articleId, body }, { onSuccess: () => setDraft('') });
  };

  return (
    <Stack gap="sm">
      {notes.data.length === 0 && <Text c="dimmed">{t('notes.empty')}</Text>}
      <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('notes.title')}>
        {notes.data.map((note) => (
          <Paper key={note.id} component="li" withBorder p="sm" radius="md" bg={note.by === user.id ? 'var(--mantine-color-default-hover)' : undefined}>
            <Group gap="xs" mb={4} wrap="nowrap">
              <UserAvatar name={nameOf(note.by)} size="sm" />
              <Text size="sm" fw={600}>
                {note.by === user.id ? t('notes.you') : nameOf(note.by)}
              </Text>
              <Text size="xs" c="dimmed" component="time" dateTime={note.at}>
                {formatDateTimeVN(note.at)}
              </Text>
            </Group>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
              {note.body}
            </Text>
          </Paper>
        ))}
      </Stack>
      <Textarea
        label={t('notes.label')}
        placeholder={t('notes.placeholder')}
        value={draft}
        onChange={(e) => setDraft(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) send();
        }}
        rows={3}
        maxLength={MAX_NOTE}
        error={add.isError ? describeError(t, add.error) : undefined}
      />
      <Group justify="flex-end">
        <Button leftSection={<IconSend size={16} aria-hidden />} onClick={send} loading={add.isPending} disabled={!draft.trim()}>
          {t('notes.send')}
        </Button>
      </Group>
    </Stack>
  );
}
