import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowBackUp } from '@tabler/icons-react';

/** Long enough to notice a wrong key, short enough not to pile up while working fast. */
export const UNDO_MS = 6000;

export function showUndoToast({ id, text, undoLabel, onUndo }: { id: string; text: string; undoLabel: string; onUndo: () => void }) {
  notifications.show({
    id,
    autoClose: UNDO_MS,
    color: 'teal',
    message: (
      <Group justify="space-between" wrap="nowrap" gap="sm">
        <Text size="sm">{text}</Text>
        <Button size="compact-sm" variant="light" leftSection={<IconArrowBackUp size={14} aria-hidden />} onClick={onUndo}>
          {undoLabel}
        </Button>
      </Group>
    ),
  });
}
