import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { formatDateLine, formatDateTimeVN, vietnamWallTimeToIso } from '@/domain';
import { isWallTime, toVietnamWallTime } from './vietnam-wall-time';

type Props = {
  opened: boolean;
  pending: boolean;
  onClose(): void;
  onConfirm(scheduledAt: string): void;
  /** The current time; a prop so the check follows the same clock as the rest of the page. */
  now?: () => number;
};

const HOUR = 3_600_000;

/**
 * The time is typed and read on a Vietnam wall clock whatever the machine's zone, because that is
 * the clock the portal's readers see; it becomes an ISO instant only when it is sent.
 */
export function ScheduleDialog({ opened, pending, onClose, onConfirm, now = Date.now }: Props) {
  const { t } = useTranslation('review');
  const [value, setValue] = useState(() => toVietnamWallTime(now() + HOUR));
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    if (!isWallTime(value)) return setError(t('scheduleDialog.required'));
    const iso = vietnamWallTimeToIso(value);
    if (Date.parse(iso) <= now()) return setError(t('scheduleDialog.past'));
    setError(null);
    onConfirm(iso);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={t('scheduleDialog.title')}>
      <Stack gap="md">
        <TextInput
          type="datetime-local"
          label={t('scheduleDialog.label')}
          description={t('scheduleDialog.description', { now: formatDateTimeVN(now()) })}
          value={value}
          min={toVietnamWallTime(now())}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            setError(null);
          }}
          error={error}
          withAsterisk
        />
        {isWallTime(value) && !error && (
          <Text size="sm" c="dimmed">
            {t('scheduleDialog.preview', { time: value.slice(11), day: formatDateLine(vietnamWallTimeToIso(value)) })}
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button color="violet" onClick={confirm} loading={pending}>
            {t('scheduleDialog.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
