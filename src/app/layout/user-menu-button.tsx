import { Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import type { ComponentPropsWithRef } from 'react';
import { useTranslation } from '@/i18n';
import { useCurrentUser } from '@/api/session';
import { UserAvatar } from '@/components/user-avatar';

/** Who is signed in, as the header shows it; the user menu's target, loaded or not. */
export function UserMenuButton(props: ComponentPropsWithRef<'button'>) {
  const { t } = useTranslation('common');
  const user = useCurrentUser();
  const roles = user.roles.map((role) => t(`roles.${role}`)).join(', ');
  return (
    <UnstyledButton aria-label={t('header.userMenu', { name: user.name })} {...props}>
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
  );
}
