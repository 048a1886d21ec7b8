import { Button, Group, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconDeviceFloppy, IconEye, IconPencil, IconSend } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import { availableActions, type Article } from '@/domain';
import { useCurrentUser } from '@/api/session';
import { SaveStatusBadge } from './autosave/save-status-badge';
import type { StatusStore } from './autosave/status-store';

type Props = {
  isNew: boolean;
  article: Article | null;
  statusStore: StatusStore;
  previewing: boolean;
  readOnly: boolean;
  submitting: boolean;
  onSave(): void;
  onTogglePreview(): void;
  onSubmit(): void;
};

export function EditorHeader({ isNew, article, statusStore, previewing, readOnly, submitting, onSave, onTogglePreview, onSubmit }: Props) {
  const { t } = useTranslation(['editor', 'common']);
  const user = useCurrentUser();
  const heading = isNew ? t('page.newTitle') : t('page.editTitle');
  useDocumentTitle(`${heading} · ${t('common:appName')}`);
  // A new article may be submitted by its author once it exists; the workflow table decides.
  const canSubmit = !readOnly && (article ? availableActions(user, article).includes('submit') : true);
  return (
    <Group justify="space-between" align="center" mb="md" gap="sm" wrap="wrap">
      <Group gap="md" align="center">
        <Title order={1} fz="h2">
          {heading}
        </Title>
        {!readOnly && <SaveStatusBadge store={statusStore} />}
      </Group>
      <Group gap="xs">
        {!readOnly && (
          <Button variant="default" leftSection={<IconDeviceFloppy size={16} aria-hidden />} onClick={onSave} title={t('actions.save')}>
            {t('common:actions.save')}
          </Button>
        )}
        <Button
          variant={previewing ? 'filled' : 'light'}
          leftSection={previewing ? <IconPencil size={16} aria-hidden /> : <IconEye size={16} aria-hidden />}
          onClick={onTogglePreview}
          aria-pressed={previewing}
        >
          {previewing ? t('actions.edit') : t('actions.preview')}
        </Button>
        {canSubmit && (
          <Button leftSection={<IconSend size={16} aria-hidden />} onClick={onSubmit} loading={submitting}>
            {t('actions.submit')}
          </Button>
        )}
      </Group>
    </Group>
  );
}
