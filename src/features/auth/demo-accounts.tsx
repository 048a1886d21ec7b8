import { Alert, Badge, Group, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconLogin2 } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import type { DemoAccount } from '@/api/port';
import { demoQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { UserAvatar } from '@/components/user-avatar';
import classes from './demo-accounts.module.css';

type Props = {
  /** The account clicked, and whether its password is known (one-click) or must be typed. */
  onPick: (account: DemoAccount) => void;
  busyUsername?: string | null;
};

/** The demo newsroom's staff, one button each. */
export function DemoAccounts({ onPick, busyUsername }: Props) {
  const { t } = useTranslation(['auth', 'common']);
  const api = useApi();
  const accounts = useQuery(demoQueries.accounts(api));

  if (accounts.isPending) return <Skeleton h={168} radius="md" />;
  if (accounts.isError) return <Alert color="yellow">{t('auth:demo.loadFailed')}</Alert>;

  return (
    <Stack gap={6} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
      {accounts.data.map((account) => {
        const role = t(`common:roles.${account.roles[0]}`);
        return (
          <li key={account.id}>
            <UnstyledButton
              className={classes.account}
              onClick={() => onPick(account)}
              disabled={Boolean(busyUsername)}
              aria-busy={busyUsername === account.username}
              aria-label={t('auth:demo.signInAs', { name: account.name, role })}
            >
              <Group gap="sm" wrap="nowrap">
                <UserAvatar name={account.name} size={36} />
                <Stack gap={0} style={{ flex: 1, minWidth: 0 }}>
                  <Text fw={600} size="sm" truncate>
                    {account.name}
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {account.username}
                  </Text>
                </Stack>
                <Badge variant="light" size="sm" color={roleColor[account.roles[0]]}>
                  {role}
                </Badge>
                <IconLogin2 size={18} aria-hidden className={classes.icon} />
              </Group>
            </UnstyledButton>
          </li>
        );
      })}
    </Stack>
  );
}

const roleColor: Record<string, string> = { reporter: 'blue', editor_in_chief: 'red', moderator: 'teal' };
