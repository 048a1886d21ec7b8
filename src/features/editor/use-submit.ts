import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import type { UseFormReturn } from 'react-hook-form';
import { useTranslation } from '@/i18n';
import { articleMutations } from '@/api/queries';
import { useApi } from '@/api/react';
import { isApiError } from '@/api/errors';
import type { ArticleFormValues } from './form/form-values';
import type { SaveEngine } from './autosave/save-engine';

/**
 * "Gửi duyệt": the whole article is validated against the domain schema (errors on their fields),
 * pending changes are saved, then the workflow's `submit` runs on the version just saved.
 */
export function useSubmitForReview(form: UseFormReturn<ArticleFormValues>, engine: SaveEngine) {
  const { t } = useTranslation(['editor', 'errors']);
  const api = useApi();
  const transition = useMutation(articleMutations.transition(api));

  const submit = form.handleSubmit(
    async () => {
      await engine.flush();
      const id = engine.articleId;
      if (!id || engine.hasUnsavedChanges()) {
        notifications.show({ color: 'orange', message: t('actions.mustSaveFirst') });
        return;
      }
      try {
        const article = await transition.mutateAsync({ id, action: 'submit', options: { version: engine.currentVersion } });
        engine.acknowledge(article);
        notifications.show({ color: 'teal', message: t('actions.submitted') });
      } catch (error) {
        if (isApiError(error) && error.fields) {
          for (const [name, code] of Object.entries(error.fields)) {
            form.setError(name as keyof ArticleFormValues, { type: 'server', message: code });
          }
        }
        notifications.show({ color: 'red', message: isApiError(error) ? t(`errors:kind.${error.kind}`) : t('errors:kind.unknown') });
      }
    },
    () => notifications.show({ color: 'red', message: t('actions.submitFailed') }),
  );

  return { submit, submitting: transition.isPending || form.formState.isSubmitting };
}
