import { Paper, Stack, TextInput, Title } from '@mantine/core';
import { useFormContext } from 'react-hook-form';
import { useTranslation } from '@/i18n';
import { LIMITS } from '@/domain';
import { CategoryField } from './category-field';
import { CountedField } from './counted-field';
import { FeaturedImageField } from './featured-image-field';
import type { ArticleFormValues } from './form-values';
import { RelatedField } from './related-field';
import { SlugField } from './slug-field';
import { TagsField } from './tags-field';
import { useFieldError } from './use-field-error';

function Section({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-label={title}>
      <Title order={2} fz="md" mb="sm">
        {title}
      </Title>
      <Stack gap="sm">{children}</Stack>
    </Paper>
  );
}

type Props = { articleId: string | null; slugFrozen: boolean; readOnly: boolean };

/** Everything around the text: where it goes, who signs it, its photo, `Tin khác`, SEO. */
export function MetaPanel({ articleId, slugFrozen, readOnly }: Props) {
  const { t } = useTranslation('editor');
  const { register } = useFormContext<ArticleFormValues>();
  const bylineError = useFieldError('byline');
  const sourceError = useFieldError('source');
  return (
    <Stack gap="md">
      <Section title={t('sections.publishing')}>
        <CategoryField readOnly={readOnly} />
        <TagsField readOnly={readOnly} />
        <TextInput {...register('byline')} label={t('fields.byline')} error={bylineError} readOnly={readOnly} />
        <TextInput {...register('source')} label={t('fields.source')} error={sourceError} readOnly={readOnly} />
        <SlugField articleId={articleId} frozen={slugFrozen || readOnly} />
      </Section>
      <Section title={t('sections.image')}>
        <FeaturedImageField readOnly={readOnly} />
      </Section>
      <Section title={t('sections.related')}>
        <RelatedField articleId={articleId} readOnly={readOnly} />
      </Section>
      <Section title={t('sections.seo')}>
        <CountedField name="seoTitle" label={t('fields.seoTitle')} limit={LIMITS.seoTitle} meter description={t('fields.seoHint')} readOnly={readOnly} />
        <CountedField name="seoDescription" label={t('fields.seoDescription')} limit={LIMITS.seoDescription} meter multiline readOnly={readOnly} />
      </Section>
    </Stack>
  );
}
