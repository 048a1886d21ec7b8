import { Group, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconDatabaseImport, IconLogout, IconSettings } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '@/api/react';
import { useCurrentUser, useSession } from '@/api/session';
import { UserAvatar } from '@/components/user-avatar';
import { useDemoReset } from './use-demo-reset';

export function UserMenu() {
  const { t } = useTranslation('common');
  const user = useCurrentUser();
  const { signOut } = useSession();
  const api = useApi();
  const confirmDemoReset = useDemoReset();
  const roles = user.roles.map((role) => t(`roles.${role}`)).join(', ');

  return (
    <Menu position="bottom-end" width={240}>
      <Menu.Target>
        <UnstyledButton aria-label={t('header.userMenu', { name: user.name })}>
          <Group gap={8} wrap="nowrap">
            <UserAvatar name={user.name} size={32} />
            <Stack gap={0} visibleFrom="sm">
              <Text size="sm" fw={600} lh={1.2}>
                {user.name}
              </Text>
              <Text size="xs" c="dimmed" lh={1.2}>
                {roles}
              </Text>
            </Stack>
            <IconChevronDown size={14} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('userMenu.signedInAs')}</Menu.Label>
        <Stack gap={0} px="sm" pb="xs">
          <Text size="sm" fw={600}>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed">
            {roles}
          </Text>
        </Stack>
        <Menu.Divider />
        <Menu.Item component={Link} to="/settings" leftSection={<IconSettings size={16} aria-hidden />}>
          {t('userMenu.settings')}
        </Menu.Item>
        {api.demo && (
          <Menu.Item leftSection={<IconDatabaseImport size={16} aria-hidden />} onClick={confirmDemoReset}>
            {t('userMenu.resetDemo')}
          </Menu.Item>
        )}
        <Menu.Divider />
        <Menu.Item color="red" leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void signOut()}>
          {t('userMenu.signOut')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
