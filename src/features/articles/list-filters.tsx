import { Group, MultiSelect, Select } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from '@/i18n';
import { articleStatuses, compareVietnamese, type ArticleStatus, type Category, type User } from '@/domain';
import { foldFilter } from './fold-filter';
import { sortTokens, type ListParams, type SortToken } from './list-params';
import { SearchBox } from './search-box';

type Props = {
  params: ListParams;
  onChange: (patch: Partial<ListParams>, options?: { replace?: boolean }) => void;
  allowedStatuses: readonly ArticleStatus[];
  categories: Category[];
  users: User[];
  showAuthor: boolean;
};

/**
 * Memoised: four Mantine selects are the heaviest part of the list page, and the list re-renders
 * whenever its rows, the categories or the users arrive; the filters only change with the URL.
 */
export const ListFilters = memo(function ListFilters({ params, onChange, allowedStatuses, categories, users, showAuthor }: Props) {
  const { t } = useTranslation('articles');
  const hidden = articleStatuses.filter((s) => !allowedStatuses.includes(s));
  const byName = <T extends { name: string }>(list: T[]) => [...list].sort((a, b) => compareVietnamese(a.name, b.name));

  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      {/* Each keystroke replaces the history entry: back should leave the search, not replay it. */}
      <SearchBox value={params.q} onCommit={(q) => onChange({ q }, { replace: true })} />
      <MultiSelect
        label={t('filters.status')}
        placeholder={params.status.length ? undefined : t('filters.allStatuses')}
        data={allowedStatuses.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={params.status}
        onChange={(v) => onChange({ status: v as ArticleStatus[] })}
        description={hidden.length ? t('filters.unsupported', { statuses: hidden.map((s) => t(`status.${s}`)).join(', ') }) : undefined}
        clearable
        clearButtonProps={{ 'aria-label': t('filters.clearStatus') }}
        style={{ flex: '2 1 240px' }}
      />
      <Select
        label={t('filters.category')}
        placeholder={t('filters.allCategories')}
        data={byName(categories).map((c) => ({ value: c.id, label: c.name }))}
        value={params.category || null}
        onChange={(v) => onChange({ category: v ?? '' })}
        searchable
        filter={foldFilter}
        clearable
        nothingFoundMessage={t('filters.nothingFound')}
        style={{ flex: '1 1 180px' }}
      />
      {showAuthor && (
        <Select
          label={t('filters.author')}
          placeholder={t('filters.allAuthors')}
          data={byName(users).map((u) => ({ value: u.id, label: u.name }))}
          value={params.author || null}
          onChange={(v) => onChange({ author: v ?? '' })}
          searchable
          filter={foldFilter}
          clearable
          nothingFoundMessage={t('filters.nothingFound')}
          style={{ flex: '1 1 180px' }}
        />
      )}
      <Select
        label={t('filters.sort')}
        data={(Object.keys(sortTokens) as SortToken[]).map((s) => ({ value: s, label: t(`sort.${s}`) }))}
        value={params.sort}
        onChange={(v) => v && onChange({ sort: v as SortToken })}
        allowDeselect={false}
        style={{ flex: '1 1 180px' }}
      />
    </Group>
  );
});
