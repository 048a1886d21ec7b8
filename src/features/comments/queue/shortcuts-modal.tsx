import { Alert, Kbd, Modal, Table } from '@mantine/core';
import { useTranslation } from '@/i18n';

const KEYS = [
  ['j', 'next'],
  ['k', 'previous'],
  ['a', 'approve'],
  ['r', 'reject'],
  ['s', 'spam'],
  ['z', 'undo'],
  ['x', 'select'],
  ['Shift+A', 'approveSelected'],
  ['Shift+R', 'rejectSelected'],
  ['Shift+S', 'spamSelected'],
  ['Enter', 'thread'],
  ['↑ / ↓', 'arrows'],
  ['?', 'help'],
] as const;

export function ShortcutsModal({ opened, onClose, singleKeys }: { opened: boolean; onClose: () => void; singleKeys: boolean }) {
  const { t } = useTranslation('comments');
  return (
    <Modal opened={opened} onClose={onClose} title={t('shortcuts.title')} size="md">
      {!singleKeys && (
        <Alert color="gray" variant="light" mb="sm">
          {t('shortcuts.off')}
        </Alert>
      )}
      <Table verticalSpacing={4}>
        <Table.Tbody>
          {KEYS.map(([key, what]) => (
            <Table.Tr key={key}>
              <Table.Td w={120}>
                <Kbd>{key}</Kbd>
              </Table.Td>
              <Table.Td>{t(`shortcuts.${what}`)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
