import { ActionIcon, Group, Paper, Select, Stack, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconArrowDown, IconArrowUp, IconX } from '@tabler/icons-react';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from '@/i18n';
import { LIMITS } from '@/domain';
import { articleQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import type { ArticleFormValues } from './form-values';
import { useFieldError } from './use-field-error';

function move<T>(list: T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/** `Tin khác`: other articles found by title (with or without tone marks), picked and ordered, up to 5. */
export function RelatedField({ articleId, readOnly }: { articleId: string | null; readOnly?: boolean }) {
  const { t } = useTranslation('editor');
  const api = useApi();
  const { control } = useFormContext<ArticleFormValues>();
  const error = useFieldError('relatedIds');
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const results = useQuery({ ...articleQueries.list(api, { page: 1, pageSize: 8, sort: 'updatedAt:desc', q }), enabled: q.length > 0 });

  return (
    <Controller
      control={control}
      name="relatedIds"
      render={({ field }) => {
        const ids = field.value;
        return (
          <Stack gap="xs">
            <RelatedList ids={ids} readOnly={readOnly} onChange={field.onChange} />
            {!readOnly && (
              <Select
                label={t('related.search')}
                placeholder={ids.length >= LIMITS.related ? t('related.limit', { limit: LIMITS.related }) : t('related.searchPlaceholder')}
                searchable
                disabled={ids.length >= LIMITS.related}
                searchValue={search}
                onSearchChange={setSearch}
                value={null}
                // The server already matched without tone marks; filtering again here would undo that.
                filter={({ options }) => options}
                data={(results.data?.items ?? [])
                  .filter((a) => a.id !== articleId && !ids.includes(a.id))
                  .map((a) => ({ value: a.id, label: a.title }))}
                nothingFoundMessage={q ? t('related.noResults') : undefined}
                onChange={(id) => {
                  if (!id) return;
                  field.onChange([...ids, id].slice(0, LIMITS.related));
                  setSearch('');
                }}
                error={error}
              />
            )}
          </Stack>
        );
      }}
    />
  );
}

function RelatedList({ ids, onChange, readOnly }: { ids: string[]; onChange: (ids: string[]) => void; readOnly?: boolean }) {
  const { t } = useTranslation('editor');
  const api = useApi();
  const details = useQueries({ queries: ids.map((id) => ({ ...articleQueries.detail(api, id), staleTime: 60_000 })) });
  if (ids.length === 0) return <Text size="sm" c="dimmed">{t('related.empty')}</Text>;
  return (
    <Stack gap={4} component="ol" m={0} p={0} aria-label={t('related.list')} style={{ listStyle: 'none' }}>
      {ids.map((id, i) => {
        const title = details[i]?.data?.title ?? t('related.unknown', { id });
        return (
          <Paper key={id} component="li" withBorder p={6} radius="sm">
            <Group gap="xs" wrap="nowrap" justify="space-between">
              <Text size="sm" lineClamp={2}>
                {i + 1}. {title}
              </Text>
              {!readOnly && (
                <Group gap={2} wrap="nowrap">
                  <ActionIcon variant="subtle" size="sm" disabled={i === 0} onClick={() => onChange(move(ids, i, i - 1))} aria-label={t('related.moveUp', { title })}>
                    <IconArrowUp size={14} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="subtle" size="sm" disabled={i === ids.length - 1} onClick={() => onChange(move(ids, i, i + 1))} aria-label={t('related.moveDown', { title })}>
                    <IconArrowDown size={14} aria-hidden />
                  </ActionIcon>
                  <ActionIcon variant="subtle" size="sm" color="red" onClick={() => onChange(ids.filter((x) => x !== id))} aria-label={t('related.remove', { title })}>
                    <IconX size={14} aria-hidden />
                  </ActionIcon>
                </Group>
              )}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
