import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from '@/i18n';
import { z } from 'zod';
import { banDurations } from '@/domain';

const FOREVER = 'forever';
const banFormSchema = z.object({
  reason: z.string().check(z.trim(), z.minLength(1, { message: 'required' }), z.maxLength(500, { message: 'too_long' })),
  duration: z.string(),
});
export type BanFormValues = { reason: string; days: number | null };

/** Why and for how long; the server rejects the reader's pending comments as soon as it is saved. */
export function BanForm({ onBan, busy }: { onBan: (values: BanFormValues) => Promise<boolean>; busy: boolean }) {
  const { t } = useTranslation(['comments', 'validation']);
  const form = useForm<z.infer<typeof banFormSchema>>({ resolver: zodResolver(banFormSchema), defaultValues: { reason: '', duration: '7' } });
  const error = form.formState.errors.reason?.message;
  const durations = [
    ...banDurations.map((d) => ({ value: String(d), label: t('comments:ban.days', { count: d }) })),
    { value: FOREVER, label: t('comments:ban.forever') },
  ];

  const submit = form.handleSubmit(async ({ reason, duration }) => {
    const ok = await onBan({ reason: reason.trim(), days: duration === FOREVER ? null : Number(duration) });
    if (ok) form.reset();
  });

  return (
    <form onSubmit={(e) => void submit(e)} noValidate aria-label={t('comments:ban.title')}>
      <Stack gap="xs">
        <Textarea
          label={t('comments:ban.reason')}
          resize="vertical"
          rows={3}
          error={error ? t(`validation:${error}`, { defaultValue: t('validation:invalid') }) : undefined}
          {...form.register('reason')}
        />
        <Controller
          control={form.control}
          name="duration"
          render={({ field }) => (
            <Select label={t('comments:ban.duration')} data={durations} value={field.value} onChange={(v) => field.onChange(v ?? '7')} allowDeselect={false} />
          )}
        />
        <Group justify="flex-end">
          <Button type="submit" color="red" loading={busy}>
            {t('comments:ban.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
