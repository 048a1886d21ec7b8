import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Controller, useFormContext } from 'react-hook-form';
import { useTranslation } from '@/i18n';
import { taxonomyQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import type { ArticleFormValues } from './form-values';
import { useFieldError } from './use-field-error';

export function CategoryField({ readOnly }: { readOnly?: boolean }) {
  const { t } = useTranslation('editor');
  const api = useApi();
  const categories = useQuery(taxonomyQueries.categories(api));
  const { control } = useFormContext<ArticleFormValues>();
  const error = useFieldError('categoryId');
  // A list that failed to load says so on the field, and opening it again asks the server again.
  const failed = categories.isError && !categories.data;
  return (
    <Controller
      control={control}
      name="categoryId"
      render={({ field }) => (
        <Select
          label={t('fields.category')}
          placeholder={t('fields.categoryPlaceholder')}
          data={(categories.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
          value={field.value || null}
          onChange={(v) => field.onChange(v ?? '')}
          onBlur={field.onBlur}
          ref={field.ref}
          error={error ?? (failed ? t('fields.categoriesFailed') : undefined)}
          onDropdownOpen={() => {
            if (categories.isError) void categories.refetch();
          }}
          searchable
          withAsterisk
          readOnly={readOnly}
          nothingFoundMessage={failed ? t('fields.categoriesFailedShort') : categories.isPending || categories.isFetching ? t('fields.categoriesLoading') : '—'}
        />
      )}
    />
  );
}
