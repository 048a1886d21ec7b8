import { Box, type BoxProps } from '@mantine/core';
import { useTranslation } from '@/i18n';
import type { DiffPart } from './word-diff';
import classes from './diff.module.css';

/**
 * Changes marked with `<ins>` and `<del>`. Every piece is a React text node: whatever the article
 * holds (markup, scripts) is shown as text, never interpreted.
 */
export function DiffText({ parts, ...props }: { parts: readonly DiffPart[] } & BoxProps) {
  const { t } = useTranslation('review');
  return (
    <Box className={classes.text} {...props}>
      {parts.map((part, i) =>
        part.kind === 'added' ? (
          <ins key={i} className={classes.added} title={t('diff.added')}>
            {part.text}
          </ins>
        ) : part.kind === 'removed' ? (
          <del key={i} className={classes.removed} title={t('diff.removed')}>
            {part.text}
          </del>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </Box>
  );
}
