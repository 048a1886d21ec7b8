import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { useTranslation } from '@/i18n';
import { moderationMutations } from '@/api/queries/moderation';
import { useApi } from '@/api/react';
import { describeError } from '@/components/error-message';
import { commentReplyInputSchema, type Comment } from '@/domain';

/** A reply from the newsroom: published at once and marked as staff by the server. */
export function ReplyForm({ parent }: { parent: Comment }) {
  const { t } = useTranslation(['comments', 'validation', 'errors']);
  const api = useApi();
  const reply = useMutation(moderationMutations.reply(api));
  const form = useForm<{ body: string }>({ resolver: zodResolver(commentReplyInputSchema), defaultValues: { body: '' } });
  const error = form.formState.errors.body?.message;

  const submit = form.handleSubmit(async ({ body }) => {
    try {
      await reply.mutateAsync({ id: parent.id, body });
      form.reset();
      notifications.show({ color: 'teal', message: t('comments:reply.sent') });
    } catch (e) {
      notifications.show({ color: 'red', title: t('comments:reply.failed'), message: describeError(t, e) });
    }
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate>
      <Stack gap="xs">
        <Textarea
          label={t('comments:reply.label')}
          description={t('comments:reply.hint')}
          resize="vertical"
          rows={4}
          error={error ? t(`validation:${error}`, { defaultValue: t('validation:invalid') }) : undefined}
          {...form.register('body')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={reply.isPending}>
            {t('comments:reply.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
