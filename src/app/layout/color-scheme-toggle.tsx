import { ActionIcon, useComputedColorScheme, useMantineColorScheme } from '@mantine/core';
import { IconMoon, IconSun } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import { useHint } from '@/components/on-demand/use-hint';

/** One click between light and dark; the choice is remembered by Mantine's color-scheme manager. */
export function ColorSchemeToggle() {
  const { t } = useTranslation('common');
  const { setColorScheme } = useMantineColorScheme();
  const computed = useComputedColorScheme('light', { getInitialValueInEffect: false });
  const label = computed === 'dark' ? t('header.toLight') : t('header.toDark');
  const { triggerProps, hint } = useHint<HTMLButtonElement>(label);
  return (
    <>
      <ActionIcon variant="default" size="lg" aria-label={label} onClick={() => setColorScheme(computed === 'dark' ? 'light' : 'dark')} {...triggerProps}>
        {computed === 'dark' ? <IconSun size={18} aria-hidden /> : <IconMoon size={18} aria-hidden />}
      </ActionIcon>
      {hint}
    </>
  );
}
