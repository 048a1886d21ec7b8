import { Alert, Button, Group, Text } from '@mantine/core';
import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { useCurrentUser } from '@/api/session';
import { isEditorInChief } from '@/domain';
import { describeError } from '@/components/error-message';
import type { LockState } from './use-article-lock';

type Props = { state: LockState; takeOver(): Promise<void> };

/** Who holds the article, for the person who cannot edit it now; the editor-in-chief may take over. */
export function LockNotice({ state, takeOver }: Props) {
  const { t } = useTranslation(['review', 'errors']);
  const user = useCurrentUser();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (state.kind !== 'locked' && state.kind !== 'lost') return null;
  const name = state.holder?.userName ?? t('lock.someone');

  if (state.kind === 'lost') {
    return (
      <Alert color="orange" variant="light" icon={<IconLockOpen size={20} aria-hidden />} title={t('lock.lostTitle', { name })} role="alert">
        {t('lock.lostBody')}
      </Alert>
    );
  }
  const force = async () => {
    setPending(true);
    setError(null);
    try {
      await takeOver();
    } catch (e) {
      setError(describeError(t, e));
    } finally {
      setPending(false);
    }
  };
  return (
    <Alert color="blue" variant="light" icon={<IconLock size={20} aria-hidden />} title={t('lock.heldBy', { name })} role="status">
      <Group justify="space-between" gap="sm" wrap="wrap">
        <Text size="sm">{t('lock.readOnly')}</Text>
        {isEditorInChief(user) && (
          <Button size="xs" color="orange" onClick={() => void force()} loading={pending}>
            {t('lock.takeOver')}
          </Button>
        )}
      </Group>
      {error && (
        <Text size="sm" c="red" mt="xs">
          {error}
        </Text>
      )}
    </Alert>
  );
}
