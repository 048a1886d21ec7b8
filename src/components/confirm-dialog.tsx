import '@/components/styles/dialogs';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

type Props = {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  /** Red confirm button: the step cannot be undone. */
  danger?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
};

/**
 * A yes-or-no question in a dialog, rendered where it is asked: no provider above the app, so the
 * dialog's code travels with the control that asks (a menu, a page) and not with the first screens.
 */
export function ConfirmDialog({ opened, title, children, confirmLabel, cancelLabel, danger, onConfirm, onCancel }: Props) {
  return (
    <Modal opened={opened} onClose={onCancel} title={title} centered>
      <Stack>
        {typeof children === 'string' ? <Text size="sm">{children}</Text> : children}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {cancelLabel}
          </Button>
          <Button
            color={danger ? 'red' : undefined}
            data-autofocus
            onClick={() => {
              onCancel();
              onConfirm();
            }}
          >
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
