import { Loader, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { IconCheck } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from '@/i18n';
import { slugify, slugSchema } from '@/domain';
import { articleQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import type { ArticleFormValues } from './form-values';
import { useFieldError } from './use-field-error';

/**
 * Follows the title until the writer edits it by hand; checked for uniqueness as it changes; frozen
 * once the article has been published, because readers' links point at it.
 */
export function SlugField({ articleId, frozen }: { articleId: string | null; frozen: boolean }) {
  const { t } = useTranslation('editor');
  const api = useApi();
  const { register, setValue, getValues } = useFormContext<ArticleFormValues>();
  const title = useWatch<ArticleFormValues, 'title'>({ name: 'title' });
  const slug = useWatch<ArticleFormValues, 'slug'>({ name: 'slug' });
  const manual = useRef<boolean | null>(null);
  manual.current ??= (() => {
    const v = getValues();
    return v.slug !== '' && v.slug !== slugify(v.title);
  })();

  useEffect(() => {
    if (frozen || manual.current) return;
    const next = slugify(title ?? '');
    if (next !== getValues('slug')) setValue('slug', next, { shouldDirty: true });
  }, [title, frozen, getValues, setValue]);

  const [debounced] = useDebouncedValue(slug ?? '', 400);
  const wellFormed = slugSchema.safeParse(debounced).success;
  const check = useQuery({ ...articleQueries.slugAvailable(api, debounced, articleId ?? undefined), enabled: !frozen && wellFormed });
  const error = useFieldError('slug');
  const taken = wellFormed && debounced === slug && check.data === false;
  const field = register('slug', {
    onChange: () => {
      manual.current = true;
    },
  });

  return (
    <TextInput
      {...field}
      label={t('fields.slug')}
      readOnly={frozen}
      description={frozen ? t('fields.slugFrozen') : t('fields.slugAuto')}
      error={error ?? (taken ? t('fields.slugTaken') : undefined)}
      rightSection={
        check.isFetching ? (
          <Loader size={14} aria-label={t('fields.slugChecking')} />
        ) : check.data && debounced === slug && wellFormed ? (
          <IconCheck size={16} color="var(--mantine-color-teal-6)" aria-label={t('fields.slugAvailable')} />
        ) : null
      }
      spellCheck={false}
    />
  );
}
