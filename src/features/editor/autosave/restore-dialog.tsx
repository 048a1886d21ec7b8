import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import { formatDateTimeVN } from '@/domain';
import { DiffView } from './diff-view';
import { summarizeDiff } from './diff-summary';
import type { LocalCopy } from './local-copy';
import type { EditorSnapshot } from './snapshot';

type Props = { copy: LocalCopy; server: EditorSnapshot; onRestore(): void; onDiscard(): void };

/** Offered on opening when this device holds a draft the server does not have. */
export function RestoreDialog({ copy, server, onRestore, onDiscard }: Props) {
  const { t } = useTranslation('editor');
  const diff = useMemo(() => summarizeDiff(server, copy.snapshot), [server, copy]);
  return (
    <Modal opened onClose={() => undefined} withCloseButton={false} closeOnClickOutside={false} closeOnEscape={false} title={t('restore.title')} size="lg">
      <Stack gap="sm">
        <Text size="sm">{t('restore.intro', { time: formatDateTimeVN(copy.savedAt) })}</Text>
        {diff.texts.length ? <DiffView diffs={diff.texts} /> : <Text size="sm" c="dimmed">{t('restore.noTextDiff')}</Text>}
        {diff.others.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('conflict.otherFields', { fields: diff.others.map((f) => t(`fieldNames.${f}`)).join(', ') })}
          </Text>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onDiscard}>
            {t('restore.discard')}
          </Button>
          <Button onClick={onRestore}>{t('restore.restore')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
