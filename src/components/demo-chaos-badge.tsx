import { Badge } from '@mantine/core';
import { IconBolt } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import { Link } from '@/components/routing/link';
import { useDemoChaos } from './demo-chaos';
import { useHint } from './on-demand/use-hint';

/** Tells a person at a glance that the demo server is failing on purpose, and where to stop it. */
export function DemoChaosBadge() {
  const chaos = useDemoChaos();
  return chaos?.on ? <ChaosBadge /> : null;
}

/** Speaks the settings page's words, which load only once the badge is wanted. */
function ChaosBadge() {
  const { t, ready } = useTranslation('settings');
  // The hint's tooltip code loads on first hover, keeping it out of the first download.
  const { triggerProps, hint } = useHint<HTMLAnchorElement>(t('chaos.badgeHint'));
  if (!ready) return null;
  return (
    <>
      <Badge
        component={Link}
        to="/settings"
        color="orange"
        variant="light"
        leftSection={<IconBolt size={14} aria-hidden />}
        style={{ cursor: 'pointer' }}
        aria-label={`${t('chaos.badge')}. ${t('chaos.badgeHint')}`}
        data-testid="demo-chaos-badge"
        {...triggerProps}
      >
        {t('chaos.badge')}
      </Badge>
      {hint}
    </>
  );
}
