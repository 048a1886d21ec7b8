import { Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from '@/i18n';
import { DiffText } from './diff-text';
import { diffArticle, hasChanges, type DiffableText } from './word-diff';
import classes from './diff.module.css';

type Props = { before: DiffableText; after: DiffableText };

/** Title, sapo and body of two versions compared word by word; unchanged parts say so. */
export function ArticleDiff({ before, after }: Props) {
  const { t } = useTranslation('review');
  const parts = useMemo(() => diffArticle(before, after), [before, after]);
  const sections = [
    { key: 'title', parts: parts.title, fw: 700, fz: 'lg' },
    { key: 'sapo', parts: parts.sapo, fw: 600, fz: 'sm' },
    { key: 'body', parts: parts.body, fw: 400, fz: 'sm' },
  ] as const;
  const anyChange = sections.some((s) => hasChanges(s.parts));

  return (
    <Stack gap="md">
      <Group gap="xs" aria-hidden>
        <Text size="xs" c="dimmed">
          {t('diff.legend')}
        </Text>
        <ins className={classes.added}>{t('diff.added')}</ins>
        <del className={classes.removed}>{t('diff.removed')}</del>
      </Group>
      {!anyChange && <Text c="dimmed">{t('diff.identical')}</Text>}
      {sections.map((s) => (
        <Stack key={s.key} gap={4} component="section" aria-label={t(`diff.${s.key}`)}>
          <Group gap="xs">
            <Title order={3} size="h6" c="dimmed" tt="uppercase">
              {t(`diff.${s.key}`)}
            </Title>
            {!hasChanges(s.parts) && (
              <Badge size="xs" variant="default" style={{ textTransform: 'none' }}>
                {t('diff.unchanged')}
              </Badge>
            )}
          </Group>
          <DiffText parts={s.parts} fw={s.fw} fz={s.fz} />
        </Stack>
      ))}
    </Stack>
  );
}
