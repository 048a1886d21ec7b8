import { ActionIcon } from '@mantine/core';
import { IconLanguage } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import { useHint } from './on-demand/use-hint';
import type { DemandProps } from './on-demand/on-demand';

/** The language menu's button as the first screens show it, before the menu itself is loaded. */
export function LanguageButton({ onPointerEnter, onFocus, ...demand }: DemandProps) {
  const { t } = useTranslation('common');
  const { triggerProps, hint } = useHint<HTMLButtonElement>(t('header.language'));
  return (
    <>
      <ActionIcon
        variant="default"
        size="lg"
        aria-label={t('header.language')}
        {...demand}
        {...triggerProps}
        onPointerEnter={(event) => {
          onPointerEnter();
          triggerProps.onPointerEnter(event);
        }}
        onFocus={() => {
          onFocus();
          triggerProps.onFocus();
        }}
      >
        <IconLanguage size={18} aria-hidden />
      </ActionIcon>
      {hint}
    </>
  );
}
