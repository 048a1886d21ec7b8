import { TagsInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from '@/i18n';
import { LIMITS } from '@/domain';
import { taxonomyQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import type { ArticleFormValues } from './form-values';
import { useFieldError } from './use-field-error';

/** Pick an existing tag (suggested as you type) or create one by pressing Enter. */
export function TagsField({ readOnly }: { readOnly?: boolean }) {
  const { t } = useTranslation('editor');
  const api = useApi();
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const suggestions = useQuery({ ...taxonomyQueries.tags(api, q), placeholderData: (prev) => prev });
  const { control } = useFormContext<ArticleFormValues>();
  const error = useFieldError('tags');
  return (
    <Controller
      control={control}
      name="tags"
      render={({ field }) => (
        <TagsInput
          label={t('fields.tags')}
          placeholder={t('fields.tagsPlaceholder')}
          data={suggestions.data ?? []}
          value={field.value}
          onChange={(tags) => field.onChange(tags.map((tag) => tag.normalize('NFC').trim()).filter(Boolean))}
          searchValue={search}
          onSearchChange={setSearch}
          maxTags={LIMITS.tags}
          clearable
          error={error}
          readOnly={readOnly}
          ref={field.ref}
        />
      )}
    />
  );
}
