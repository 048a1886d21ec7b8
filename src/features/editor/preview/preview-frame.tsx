import { Box, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { articleQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { ArticleView, type ArticleViewData } from '@/components/rich-text/article-view';

const WIDTHS = { desktop: 880, phone: 390 } as const;
type Width = keyof typeof WIDTHS;

/** The article as the portal will publish it, in a desktop- or phone-wide frame. */
export function PreviewFrame({ article, relatedIds }: { article: ArticleViewData; relatedIds: string[] }) {
  const { t } = useTranslation('editor');
  const api = useApi();
  const [width, setWidth] = useState<Width>('desktop');
  const related = useQueries({ queries: relatedIds.map((id) => ({ ...articleQueries.detail(api, id), staleTime: 60_000 })) });
  const relatedItems = relatedIds
    .map((id, i) => ({ id, title: related[i]?.data?.title ?? '' }))
    .filter((r) => r.title);
  return (
    <Stack gap="sm" align="center">
      <SegmentedControl
        aria-label={t('preview.width')}
        value={width}
        onChange={(v) => setWidth(v as Width)}
        data={[
          { value: 'desktop', label: t('preview.desktop') },
          { value: 'phone', label: t('preview.phone') },
        ]}
      />
      <Text size="xs" c="dimmed">
        {t('preview.notice')}
      </Text>
      <Paper
        withBorder
        shadow="sm"
        radius={width === 'phone' ? 'xl' : 'sm'}
        p={width === 'phone' ? 'md' : 'xl'}
        w="100%"
        maw={WIDTHS[width]}
        data-testid="preview-frame"
        data-width={width}
      >
        <Box style={{ overflowWrap: 'anywhere' }}>
          <ArticleView article={article} related={relatedItems} relatedHref={(id) => `/articles/${id}/preview`} />
        </Box>
      </Paper>
    </Stack>
  );
}
