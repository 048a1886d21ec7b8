import { Badge, Group, Loader, Text } from '@mantine/core';
import { IconAlertTriangle, IconCheck, IconCloudOff, IconPencil } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import { vietnamParts } from '@/domain';
import type { SaveStatus } from './save-status';
import { useSaveStatus, type StatusStore } from './status-store';

const hhmm = (d: Date) => {
  const p = vietnamParts(d);
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
};

export function statusText(t: (k: string, o?: Record<string, unknown>) => string, s: SaveStatus): string {
  switch (s.kind) {
    case 'saved':
      return t('status.saved', { time: hhmm(s.at) });
    case 'retrying':
      return t('status.retrying');
    default:
      return t(`status.${s.kind}`);
  }
}

const COLOR: Record<SaveStatus['kind'], string> = {
  idle: 'gray',
  dirty: 'gray',
  saving: 'blue',
  saved: 'teal',
  retrying: 'orange',
  conflict: 'red',
  forbidden: 'red',
  confirm: 'orange',
  held: 'orange',
  locked: 'red',
  invalid: 'orange',
  failed: 'red',
};

function StatusIcon({ s }: { s: SaveStatus }) {
  if (s.kind === 'saving') return <Loader size={12} color="blue" aria-hidden />;
  if (s.kind === 'saved') return <IconCheck size={14} aria-hidden />;
  if (s.kind === 'retrying') return <IconCloudOff size={14} aria-hidden />;
  if (s.kind === 'dirty' || s.kind === 'idle') return <IconPencil size={14} aria-hidden />;
  return <IconAlertTriangle size={14} aria-hidden />;
}

/** "Đang lưu…", "Đã lưu lúc 10:32", "Chưa lưu — đang thử lại": the one place the save state shows. */
export function SaveStatusBadge({ store }: { store: StatusStore }) {
  const { t } = useTranslation('editor');
  const s = useSaveStatus(store);
  return (
    <Group gap={6} role="status" aria-live="polite" data-testid="save-status">
      <Badge variant="light" color={COLOR[s.kind]} leftSection={<StatusIcon s={s} />} size="lg" tt="none" fw={500}>
        {statusText(t, s)}
      </Badge>
      {(s.kind === 'retrying' || s.kind === 'forbidden' || s.kind === 'failed' || s.kind === 'held' || s.kind === 'locked') && (
        <Text size="xs" c="dimmed">
          {t('status.localKept')}
        </Text>
      )}
    </Group>
  );
}
