import { CloseButton, Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { memo, useEffect, useState } from 'react';
import { useTranslation } from '@/i18n';
import { articleQueries } from '@/api/queries';
import { useApi } from '@/api/react';

const DEBOUNCE_MS = 300;

export type QueueFiltersProps = {
  articleId?: string;
  q: string;
  onArticle: (articleId: string | undefined) => void;
  onSearch: (q: string) => void;
};

/** Narrow the queue to one article, or search text, author and email (the server ignores tone marks). */
export const QueueFilters = memo(function QueueFilters({ articleId, q, onArticle, onSearch }: QueueFiltersProps) {
  const { t } = useTranslation('comments');
  const api = useApi();
  const articles = useQuery(articleQueries.list(api, { page: 1, pageSize: 100, sort: 'updatedAt:desc' }));
  const [text, setText] = useState(q);
  const commit = useDebouncedCallback(onSearch, DEBOUNCE_MS);
  useEffect(() => setText(q), [q]);

  const options = (articles.data?.items ?? []).map((a) => ({ value: a.id, label: a.title }));
  if (articleId && !options.some((o) => o.value === articleId)) options.unshift({ value: articleId, label: articleId });

  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        type="search"
        label={t('filters.search')}
        placeholder={t('filters.searchPlaceholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
          commit(e.currentTarget.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            commit.cancel();
            onSearch(text);
          }
        }}
        rightSection={
          text ? (
            <CloseButton
              size="sm"
              aria-label={t('filters.clearSearch')}
              onClick={() => {
                commit.cancel();
                setText('');
                onSearch('');
              }}
            />
          ) : null
        }
        style={{ flex: '2 1 260px' }}
      />
      <Select
        label={t('filters.article')}
        placeholder={t('filters.allArticles')}
        data={options}
        value={articleId ?? null}
        onChange={(v) => onArticle(v ?? undefined)}
        searchable
        clearable
        nothingFoundMessage={t('filters.noArticle')}
        style={{ flex: '1 1 260px' }}
      />
    </Group>
  );
});
