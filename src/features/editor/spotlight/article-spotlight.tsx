import '@mantine/spotlight/styles.css';
import { Spotlight, type SpotlightActionData } from '@mantine/spotlight';
import { useDebouncedValue } from '@mantine/hooks';
import { IconFileText, IconSearch } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { useNavigate } from 'react-router';
import { articleQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { StatusBadge } from '@/components/status-badge';

/** Ctrl+K: jump to any article by title, with or without tone marks (the list API's `q`). */
export function ArticleSpotlight() {
  const { t } = useTranslation('editor');
  const api = useApi();
  const navigate = useNavigate();
  const [query, setQuery] = useState('');
  const [opened, setOpened] = useState(false);
  const [q] = useDebouncedValue(query.trim(), 200);
  const results = useQuery({
    ...articleQueries.list(api, { page: 1, pageSize: 10, sort: 'updatedAt:desc', q: q || undefined }),
    enabled: opened,
  });
  const actions: SpotlightActionData[] = (results.data?.items ?? []).map((a) => ({
    id: a.id,
    label: a.title || a.id,
    leftSection: <IconFileText size={18} aria-hidden />,
    rightSection: <StatusBadge status={a.status} />,
    onClick: () => void navigate(`/articles/${a.id}/edit`),
  }));
  return (
    <Spotlight
      actions={actions}
      query={query}
      onQueryChange={setQuery}
      // The server matched already; Mantine's own filter is not diacritics-insensitive.
      filter={(_q, items) => items}
      shortcut={['mod + K']}
      // Writers are usually inside the body or a field when they reach for it.
      tagsToIgnore={[]}
      triggerOnContentEditable
      onSpotlightOpen={() => setOpened(true)}
      onSpotlightClose={() => setOpened(false)}
      nothingFound={t('spotlight.nothing')}
      highlightQuery={false}
      scrollable
      maxHeight={420}
      // No visible title: the dialog takes its name from here instead.
      attributes={{ content: { 'aria-label': t('spotlight.title') } }}
      // The results scroll; keyboard users can reach and scroll them with Tab as well as the arrows.
      scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': t('spotlight.results') } }}
      searchProps={{ leftSection: <IconSearch size={18} aria-hidden />, placeholder: t('spotlight.placeholder'), 'aria-label': t('spotlight.placeholder') }}
    />
  );
}
