import { Alert, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import { moderationQueries } from '@/api/queries/moderation';
import { useApi } from '@/api/react';
import { type ModerationRule } from '@/domain';
import { previewRule } from '@/domain/moderation';
import { HighlightedText } from '../shared/highlighted-text';

const DEBOUNCE_MS = 250;

/** What the rule as typed would flag among the last 1,000 comments: how many, and a few of them. */
export function RulePreview({ rule }: { rule: ModerationRule }) {
  const { t, i18n } = useTranslation('comments');
  const api = useApi();
  const recent = useQuery(moderationQueries.recent(api));
  const [debounced] = useDebouncedValue(rule, DEBOUNCE_MS);
  const preview = useMemo(
    () => (recent.data && debounced.term.trim() ? previewRule({ ...debounced, term: debounced.term.trim() }, recent.data.items) : null),
    [recent.data, debounced],
  );

  if (recent.isError) return <Alert color="red">{t('rules.previewError')}</Alert>;
  if (!recent.data) return <Skeleton height={60} />;
  if (!preview) return <Text size="sm" c="dimmed">{t('rules.previewEmpty')}</Text>;
  const n = new Intl.NumberFormat(i18n.language);
  return (
    <Stack gap="xs" aria-live="polite">
      <Text size="sm" fw={500} data-testid="rule-preview-count">
        {t('rules.previewCount', { count: preview.count, formatted: n.format(preview.count), sample: n.format(recent.data.items.length) })}
      </Text>
      {preview.samples.map((s) => (
        <Paper key={s.id} withBorder p="xs" radius="sm">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }} lineClamp={4}>
            <HighlightedText text={s.body} spans={s.matches} />
          </Text>
        </Paper>
      ))}
    </Stack>
  );
}
