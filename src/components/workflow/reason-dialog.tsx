import { Button, Checkbox, Group, Modal, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { reasonCodeSchema, type ReasonCode } from '@/domain';

export type ReasonInput = { reasonCodes: ReasonCode[]; note: string };

type Props = {
  action: 'request_changes' | 'unpublish';
  opened: boolean;
  pending: boolean;
  onClose(): void;
  onConfirm(input: ReasonInput): void;
};

/** A reason is one or more codes the reporter can scan plus the words saying what exactly to fix. */
export function ReasonDialog({ action, opened, pending, onClose, onConfirm }: Props) {
  const { t } = useTranslation('review');
  const [codes, setCodes] = useState<ReasonCode[]>([]);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const codesError = tried && codes.length === 0 ? t('reasonDialog.codesRequired') : undefined;
  const noteError = tried && note.trim() === '' ? t('reasonDialog.textRequired') : undefined;

  const close = () => {
    setTried(false);
    onClose();
  };
  const confirm = () => {
    setTried(true);
    if (codes.length === 0 || note.trim() === '') return;
    onConfirm({ reasonCodes: codes, note: note.trim() });
  };

  return (
    <Modal opened={opened} onClose={close} title={t(`reasonDialog.title.${action}`)} size="lg">
      <Stack gap="md">
        <Checkbox.Group
          label={t('reasonDialog.codes')}
          value={codes}
          onChange={(v) => setCodes(v as ReasonCode[])}
          error={codesError}
          withAsterisk
        >
          <Stack gap={6} mt="xs">
            {reasonCodeSchema.options.map((code) => (
              <Checkbox key={code} value={code} label={t(`articles:reasons.${code}`)} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea
          label={t(`reasonDialog.text.${action}`)}
          placeholder={t('reasonDialog.textPlaceholder')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={noteError}
          withAsterisk
          rows={4}
          maxLength={2000}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            {t('common:actions.cancel')}
          </Button>
          <Button color={action === 'unpublish' ? 'red' : 'orange'} onClick={confirm} loading={pending}>
            {t(`reasonDialog.confirm.${action}`)}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
