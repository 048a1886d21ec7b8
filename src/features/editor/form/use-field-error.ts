import { useFormState, type FieldPath } from 'react-hook-form';
import { useTranslation } from '@/i18n';
import { FIELD_LIMITS, type ArticleFormValues } from './form-values';

type Path = FieldPath<ArticleFormValues>;

function errorAt(errors: Record<string, unknown>, path: string): { message?: string } | undefined {
  return path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], errors) as
    | { message?: string }
    | undefined;
}

/**
 * The field's error in the UI language. Schemas and the API speak in codes (`required`, `too_long`);
 * a field may phrase a code its own way, otherwise the shared wording applies.
 */
export function useFieldError(name: Path): string | undefined {
  const { t } = useTranslation(['editor', 'validation']);
  const { errors } = useFormState<ArticleFormValues>({ name });
  const code = errorAt(errors as Record<string, unknown>, name)?.message;
  if (!code) return undefined;
  const keyPath = name.replace(/\.\d+$/, '');
  return t([`editor:fieldErrors.${keyPath}.${code}`, `validation:${code}`, code], { limit: FIELD_LIMITS[keyPath] });
}
