import { Card, Group, Radio, Stack, Switch, Text, useMantineColorScheme, type MantineColorScheme } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { isLanguage, languages, useTranslation } from '@/i18n';
import { PageHeader } from '@/components/page-header';
import { useLanguage } from '@/components/use-language';
import { useSingleKeyShortcuts } from '@/components/use-single-key-shortcuts';
import { DemoChaosCard } from './demo-chaos-card';

const schemes: MantineColorScheme[] = ['light', 'dark', 'auto'];

/**
 * Preferences of this browser: language, light/dark, single-key shortcuts, and on the demo backend its
 * chaos switch. Saved as they change.
 */
export function SettingsPage() {
  const { t } = useTranslation(['settings', 'common']);
  const [language, setLanguage] = useLanguage();
  const { colorScheme, setColorScheme } = useMantineColorScheme();
  const [shortcuts, setShortcuts] = useSingleKeyShortcuts();
  const shortcutsHelp = useId();

  return (
    <>
      <PageHeader title={t('settings:title')} description={t('settings:description')} />
      <Stack gap="md" maw={640}>
        <Card withBorder padding="lg">
          <Radio.Group
            label={t('settings:language.label')}
            description={t('settings:language.description')}
            value={language}
            onChange={(value) => isLanguage(value) && void setLanguage(value)}
          >
            <Group mt="sm">
              {languages.map((lang) => (
                <Radio key={lang} value={lang} label={t(`common:languages.${lang}`)} lang={lang} />
              ))}
            </Group>
          </Radio.Group>
        </Card>
        <Card withBorder padding="lg">
          <Radio.Group
            label={t('settings:colorScheme.label')}
            description={t('settings:colorScheme.description')}
            value={colorScheme}
            onChange={(value) => setColorScheme(value as MantineColorScheme)}
          >
            <Group mt="sm">
              {schemes.map((scheme) => (
                <Radio key={scheme} value={scheme} label={t(`settings:colorScheme.${scheme}`)} />
              ))}
            </Group>
          </Radio.Group>
        </Card>
        <Card withBorder padding="lg">
          {/* Description outside the label: inside it, it would become part of the switch's name. */}
          <Switch
            label={t('settings:shortcuts.label')}
            aria-describedby={shortcutsHelp}
            checked={shortcuts}
            onChange={(event) => setShortcuts(event.currentTarget.checked)}
            size="md"
          />
          <Text id={shortcutsHelp} size="sm" c="dimmed" mt="xs" pl={56}>
            {t('settings:shortcuts.description')}
          </Text>
        </Card>
        <DemoChaosCard />
      </Stack>
    </>
  );
}
