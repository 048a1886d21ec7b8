import { Card, Switch, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useTranslation } from '@/i18n';
import { useDemoChaos } from '@/components/demo-chaos';

/** Only on the demo backend: lets a person watch the app cope with a failing, slow network. */
export function DemoChaosCard() {
  const { t } = useTranslation('settings');
  const chaos = useDemoChaos();
  const help = useId();
  if (!chaos) return null;
  return (
    <Card withBorder padding="lg">
      <Switch
        label={t('chaos.label')}
        aria-describedby={help}
        checked={chaos.on}
        onChange={(event) => chaos.set(event.currentTarget.checked)}
        size="md"
        color="orange"
      />
      <Text id={help} size="sm" c="dimmed" mt="xs" pl={56}>
        {t('chaos.description')}
      </Text>
    </Card>
  );
}
