import { Group, Progress, Text } from '@mantine/core';
import { useWatch, type FieldPath } from 'react-hook-form';
import { useTranslation } from '@/i18n';
import type { ArticleFormValues } from './form-values';

/**
 * A live `count/limit` under a field. It watches its one field, so typing re-renders the meter,
 * not the form. `meter` adds a bar that turns orange near the limit and red past it (SEO fields).
 */
export function LengthMeter({ name, limit, meter }: { name: FieldPath<ArticleFormValues>; limit: number; meter?: boolean }) {
  const { t } = useTranslation('editor');
  const value = useWatch<ArticleFormValues>({ name }) as unknown as string | undefined;
  const count = [...(value ?? '')].length;
  const color = count > limit ? 'red' : count > limit * 0.9 ? 'orange' : 'teal';
  return (
    <Group gap="xs" wrap="nowrap" component="span" justify="flex-end">
      {meter && <Progress value={Math.min(100, (count / limit) * 100)} color={color} size="xs" w={80} aria-hidden />}
      <Text component="span" size="xs" c={count > limit ? 'red' : 'dimmed'} aria-live="polite">
        {t('fields.counter', { count, limit })}
      </Text>
    </Group>
  );
}
