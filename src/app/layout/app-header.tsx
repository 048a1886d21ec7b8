import { Anchor, Burger, Group, Text } from '@mantine/core';
import { IconNews } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import { Link } from '@/components/routing/link';
import { useSession } from '@/api/session';
import { DemoChaosBadge } from '@/components/demo-chaos-badge';
import { LanguageMenu } from '@/components/language-menu';
import { NotificationsBell } from '@/components/notifications/notifications-bell';
import { ColorSchemeToggle } from './color-scheme-toggle';
import { UserMenu } from './user-menu';

type Props = { navOpen: boolean; onToggleNav: () => void };

export function AppHeader({ navOpen, onToggleNav }: Props) {
  const { t } = useTranslation('common');
  const { user } = useSession();
  // Moderators get no article news; reporters and the editor-in-chief do.
  const hearsNews = !!user?.roles.some((r) => r === 'reporter' || r === 'editor_in_chief');
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger opened={navOpen} onClick={onToggleNav} hiddenFrom="sm" size="sm" aria-label={t('nav.toggle')} aria-expanded={navOpen} />
        <Anchor component={Link} to="/" underline="never" c="inherit">
          <Group gap={8} wrap="nowrap">
            <IconNews size={24} aria-hidden color="var(--mantine-primary-color-filled)" />
            <Text fw={800} size="lg">
              {t('appName')}
            </Text>
          </Group>
        </Anchor>
      </Group>
      <Group gap="xs" wrap="nowrap">
        <DemoChaosBadge />
        {hearsNews && <NotificationsBell />}
        <LanguageMenu />
        <ColorSchemeToggle />
        <UserMenu />
      </Group>
    </Group>
  );
}
