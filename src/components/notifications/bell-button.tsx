import { ActionIcon, Indicator } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import type { ComponentPropsWithoutRef, ComponentPropsWithRef } from 'react';
import { useTranslation } from '@/i18n';

type Props = ComponentPropsWithRef<'div'> & { count: number; button?: ComponentPropsWithoutRef<'button'> };

/** The bell with its unseen count; the panel's target once the panel is loaded. */
export function BellButton({ count, button, id, 'aria-haspopup': hasPopup, 'aria-expanded': expanded, 'aria-controls': controls, ...root }: Props) {
  const { t } = useTranslation('common');
  // The popover hands its target's ARIA to this root; it belongs on the button (a div may not carry aria-expanded).
  const popup = { id, 'aria-haspopup': hasPopup, 'aria-expanded': expanded, 'aria-controls': controls };
  return (
    <Indicator label={count > 9 ? '9+' : count} size={16} disabled={count === 0} color="red" offset={4} {...root}>
      <ActionIcon variant="default" size="lg" aria-label={count ? t('notifications.labelCount', { count }) : t('notifications.label')} {...popup} {...button}>
        <IconBell size={18} aria-hidden />
      </ActionIcon>
    </Indicator>
  );
}
