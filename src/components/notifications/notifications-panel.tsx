import '@mantine/core/styles/ScrollArea.layer.css';
import '@/components/styles/floating';
import { Button, Divider, Group, Popover, ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from '@/i18n';
import { useNavigate } from 'react-router';
import { formatRelative } from '@/components/format-relative';
import { useUserNames } from '@/components/workflow/use-user-names';
import { BellButton } from './bell-button';
import { useAppNotifications } from './use-app-notifications';

/** The bell's panel: what happened since the person last looked. */
export function NotificationsPanel({ defaultOpened = false }: { defaultOpened?: boolean }) {
  const { t, i18n } = useTranslation('common');
  const navigate = useNavigate();
  const nameOf = useUserNames();
  const { audience, notifications, markSeen } = useAppNotifications();
  const [opened, { toggle, close }] = useDisclosure(defaultOpened);
  const count = notifications.length;

  // What was on screen when the panel closes has been seen.
  const dismiss = () => {
    markSeen();
    close();
  };
  const open = (articleId: string) => {
    dismiss();
    void navigate(audience === 'reviewer' ? `/review/${articleId}` : `/articles/${articleId}/edit`);
  };

  return (
    // Focus moves into the panel and back to the bell on closing, so Escape closes it whichever way it was opened.
    <Popover opened={opened} onChange={(o) => (o ? toggle() : dismiss())} onDismiss={dismiss} position="bottom-end" width={340} shadow="md" withArrow trapFocus returnFocus>
      <Popover.Target>
        <BellButton count={count} button={{ onClick: toggle }} />
      </Popover.Target>
      <Popover.Dropdown p={0}>
        <Group justify="space-between" px="sm" py="xs">
          <Text fw={700} size="sm">
            {t('notifications.label')}
          </Text>
          {count > 0 && (
            <Button size="compact-xs" variant="subtle" onClick={dismiss}>
              {t('notifications.markRead')}
            </Button>
          )}
        </Group>
        <Divider />
        {count === 0 ? (
          <Text size="sm" c="dimmed" p="sm">
            {t('notifications.empty')}
          </Text>
        ) : (
          <ScrollArea.Autosize mah={360}>
            <Stack gap={0} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {notifications.map((n) => (
                <li key={n.id}>
                  <UnstyledButton onClick={() => open(n.articleId)} px="sm" py={8} w="100%">
                    <Text size="sm" lineClamp={2}>
                      {t(`notifications.kind.${n.kind}`, { title: n.title || t('notifications.untitled'), name: nameOf(n.by) })}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {formatRelative(n.at, i18n.language)}
                    </Text>
                  </UnstyledButton>
                </li>
              ))}
            </Stack>
          </ScrollArea.Autosize>
        )}
      </Popover.Dropdown>
    </Popover>
  );
}
