import { Table, Text } from '@mantine/core';
import { useTranslation } from '@/i18n';
import { formatDateTimeVN, type AuditEntry } from '@/domain';
import { CommentStatusBadge } from '../shared/comment-status-badge';

/** Notes the server writes as codes; any other note is a person's text, shown as written. */
const NOTE_KEYS: Record<string, string> = { ban: 'audit.byBan', rule: 'audit.byRule', undo: 'audit.byUndo' };

export function AuditRow({ entry: e }: { entry: AuditEntry }) {
  const { t } = useTranslation('comments');
  const noteKey = Object.hasOwn(NOTE_KEYS, e.note) ? NOTE_KEYS[e.note] : undefined;
  return (
    <Table.Tr>
      <Table.Td>
        <Text component="time" dateTime={e.at} size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDateTimeVN(e.at)}
        </Text>
      </Table.Td>
      <Table.Td>{e.by === 'system' ? t('audit.system') : e.byName}</Table.Td>
      <Table.Td>{t(`audit.action.${e.action}`)}</Table.Td>
      <Table.Td>{e.commentId ?? '—'}</Table.Td>
      <Table.Td>
        {e.from || e.to ? (
          <Text component="span" size="sm" style={{ whiteSpace: 'nowrap' }}>
            {e.from ? <CommentStatusBadge status={e.from} /> : '—'} → {e.to ? <CommentStatusBadge status={e.to} /> : '—'}
          </Text>
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {noteKey ? t(noteKey) : e.note || '—'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
