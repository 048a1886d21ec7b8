import '@/components/styles/floating';
import '@mantine/core/styles/Menu.layer.css';
import { Menu, Stack, Text } from '@mantine/core';
import { IconDatabaseImport, IconLogout, IconSettings } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import { Link } from '@/components/routing/link';
import { useApi } from '@/api/react';
import { useCurrentUser, useSession } from '@/api/session';
import { useDemoReset } from './use-demo-reset';
import { UserMenuButton } from './user-menu-button';

export function UserMenuControl({ defaultOpened = false }: { defaultOpened?: boolean }) {
  const { t } = useTranslation('common');
  const user = useCurrentUser();
  const { signOut } = useSession();
  const api = useApi();
  const demoReset = useDemoReset();
  const roles = user.roles.map((role) => t(`roles.${role}`)).join(', ');

  return (
    <>
      <Menu position="bottom-end" width={240} defaultOpened={defaultOpened}>
        <Menu.Target>
          <UserMenuButton />
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
            <Menu.Item leftSection={<IconDatabaseImport size={16} aria-hidden />} onClick={demoReset.ask}>
              {t('userMenu.resetDemo')}
            </Menu.Item>
          )}
          <Menu.Divider />
          <Menu.Item color="red" leftSection={<IconLogout size={16} aria-hidden />} onClick={() => void signOut()}>
            {t('userMenu.signOut')}
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      {api.demo && demoReset.dialog}
    </>
  );
}
