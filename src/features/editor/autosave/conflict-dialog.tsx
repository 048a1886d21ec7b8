import { Button, Group, Modal, Paper, ScrollArea, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { diffWordsWithSpace } from 'diff';
import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import { formatDateTimeVN, type Article } from '@/domain';
import { plainText } from '@/components/rich-text/text-stats';
import { coalesce, summarizeDiff, type DiffPart } from './diff-summary';
import { snapshotOf, type EditorSnapshot } from './snapshot';

type Props = { mine: EditorSnapshot; theirs: Article; onKeepMine(): void; onTakeTheirs(): void };

const asText = (s: EditorSnapshot) => `${s.title}\n\n${s.sapo}\n\n${plainText(s.body)}`;
const FIELDS = [
  { key: 'title', text: (s: EditorSnapshot) => s.title, fw: 700 },
  { key: 'sapo', text: (s: EditorSnapshot) => s.sapo, fw: 600 },
  { key: 'body', text: (s: EditorSnapshot) => plainText(s.body), fw: 400 },
] as const;

/** One side of the comparison: its own words highlighted (theirs: what mine lacks, and vice versa). */
function Version({ title, diffs, side }: { title: string; diffs: DiffPart[][]; side: 'mine' | 'theirs' }) {
  const own = (p: DiffPart) => (side === 'mine' ? p.added : p.removed);
  const other = (p: DiffPart) => (side === 'mine' ? p.removed : p.added);
  const bg = side === 'mine' ? 'var(--mantine-color-green-light)' : 'var(--mantine-color-red-light)';
  return (
    <Paper withBorder p="sm" radius="sm">
      <Title order={3} fz="sm" mb={6}>
        {title}
      </Title>
      <ScrollArea.Autosize mah={360}>
        {diffs.map((parts, i) => (
          <Text key={FIELDS[i].key} fw={FIELDS[i].fw} size="sm" mt={i ? 4 : 0} style={{ whiteSpace: 'pre-wrap' }}>
            {parts
              .filter((p) => !other(p))
              .map((p, j) => (own(p) ? <mark key={j} style={{ background: bg, color: 'inherit' }}>{p.value}</mark> : <span key={j}>{p.value}</span>))}
          </Text>
        ))}
      </ScrollArea.Autosize>
    </Paper>
  );
}

/**
 * The server refused a save based on an old version. Both versions side by side, each with what the
 * other lacks highlighted; nothing is overwritten until the person chooses.
 */
export function ConflictDialog({ mine, theirs, onKeepMine, onTakeTheirs }: Props) {
  const { t } = useTranslation('editor');
  const theirsSnapshot = useMemo(() => snapshotOf(theirs), [theirs]);
  const diffs = useMemo(() => FIELDS.map((f) => coalesce(diffWordsWithSpace(f.text(theirsSnapshot), f.text(mine)))), [theirsSnapshot, mine]);
  const others = useMemo(() => summarizeDiff(theirsSnapshot, mine).others, [theirsSnapshot, mine]);
  const copyMine = async () => {
    try {
      await navigator.clipboard.writeText(asText(mine));
      notifications.show({ color: 'teal', message: t('conflict.copied') });
    } catch {
      notifications.show({ color: 'red', message: t('conflict.copyFailed') });
    }
  };
  return (
    <Modal opened onClose={() => undefined} withCloseButton={false} closeOnClickOutside={false} closeOnEscape={false} size="80rem" title={t('conflict.title')}>
      <Stack gap="sm">
        <Text size="sm">{t('conflict.intro', { version: theirs.version, time: formatDateTimeVN(theirs.updatedAt) })}</Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Version title={t('conflict.mine')} diffs={diffs} side="mine" />
          <Version title={t('conflict.theirs')} diffs={diffs} side="theirs" />
        </SimpleGrid>
        {others.length > 0 && (
          <Text size="sm" c="dimmed">
            {t('conflict.otherFields', { fields: others.map((f) => t(`fieldNames.${f}`)).join(', ') })}
          </Text>
        )}
        <Group justify="flex-end" gap="xs" wrap="wrap">
          <Button variant="default" onClick={copyMine}>
            {t('conflict.copyMine')}
          </Button>
          <Button variant="light" onClick={onTakeTheirs}>
            {t('conflict.takeTheirs')}
          </Button>
          <Button color="red" onClick={onKeepMine}>
            {t('conflict.keepMine')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
