import { Box, Stack, Text } from '@mantine/core';
import { useTranslation } from '@/i18n';
import type { FieldDiff } from './diff-summary';

/** A word diff, additions underlined green and removals struck red, readable without colour too. */
export function DiffView({ diffs }: { diffs: FieldDiff[] }) {
  const { t } = useTranslation('editor');
  return (
    <Stack gap="sm">
      {diffs.map((d) => (
        <Box key={d.field}>
          <Text fw={600} size="sm">
            {t(`diff.${d.field}`)}
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', maxHeight: 240, overflow: 'auto' }} data-testid={`diff-${d.field}`}>
            {d.parts.map((p, i) =>
              p.added ? (
                <ins key={i} title={t('diff.added')} style={{ background: 'var(--mantine-color-green-light)', textDecoration: 'underline' }}>
                  {p.value}
                </ins>
              ) : p.removed ? (
                <del key={i} title={t('diff.removed')} style={{ background: 'var(--mantine-color-red-light)' }}>
                  {p.value}
                </del>
              ) : (
                <span key={i}>{p.value.length > 400 ? `${p.value.slice(0, 150)} … ${p.value.slice(-150)}` : p.value}</span>
              ),
            )}
          </Text>
        </Box>
      ))}
    </Stack>
  );
}
