import { Group, Text } from '@mantine/core';
import type { Editor } from '@tiptap/react';
import { useEffect, useState } from 'react';
import { useTranslation } from '@/i18n';
import { textStats, type TextStats } from '@/components/rich-text/text-stats';

const STATS_DELAY_MS = 400;

function measure(editor: Editor): TextStats {
  const { doc } = editor.state;
  return textStats(doc.textBetween(0, doc.content.size, '\n', '\n'));
}

/** Word and character counts, refreshed once typing pauses and never mid-composition. */
export function EditorStats({ editor }: { editor: Editor }) {
  const { t } = useTranslation('editor');
  // Counted once the article has opened, not on the way: on a long body the count costs more than a frame.
  const [stats, setStats] = useState<TextStats | null>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (editor.isDestroyed) return;
        if (editor.view.composing) return schedule();
        setStats(measure(editor));
      }, STATS_DELAY_MS);
    };
    editor.on('update', schedule);
    schedule();
    return () => {
      clearTimeout(timer);
      editor.off('update', schedule);
    };
  }, [editor]);
  return (
    <Group gap="md" px="sm" py={6} aria-label={t('stats.label')} role="group" data-testid="editor-stats">
      {!stats ? (
        <Text size="xs" c="dimmed">
          {t('stats.counting')}
        </Text>
      ) : (
        <>
          <Text size="xs" c="dimmed">
            {t('stats.words', { count: stats.words })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('stats.characters', { count: stats.characters })}
          </Text>
          <Text size="xs" c="dimmed">
            {t('stats.reading', { count: Math.max(stats.readingMinutes, stats.words ? 1 : 0) })}
          </Text>
        </>
      )}
    </Group>
  );
}
