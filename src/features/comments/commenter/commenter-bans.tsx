import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { moderationMutations, moderationQueries } from '@/api/queries/moderation';
import { useApi } from '@/api/react';
import { banActive, formatDateTimeVN } from '@/domain';

/** The bans in force for this reader, each with a way to lift it. */
export function CommenterBans({ email, ipHash }: { email?: string; ipHash?: string }) {
  const { t } = useTranslation('comments');
  const api = useApi();
  const bans = useQuery(moderationQueries.bans(api));
  const unban = useMutation(moderationMutations.unban(api));
  const mine = (bans.data ?? []).filter((b) => banActive(b) && ((email && b.email === email) || (ipHash && b.ipHash === ipHash)));
  if (mine.length === 0) return null;
  return (
    <Stack gap="xs">
      {mine.map((b) => (
        <Alert key={b.id} color="red" variant="light" title={t('ban.active')}>
          <Group justify="space-between" gap="sm">
            <Text size="sm">
              {t(b.until ? 'ban.activeUntil' : 'ban.activeForever', { reason: b.reason, until: b.until ? formatDateTimeVN(b.until) : '', who: b.email ?? b.ipHash ?? '' })}
            </Text>
            <Button size="xs" variant="white" color="red" loading={unban.isPending && unban.variables === b.id} onClick={() => unban.mutate(b.id)}>
              {t('ban.lift')}
            </Button>
          </Group>
        </Alert>
      ))}
    </Stack>
  );
}
