import { Box, NavLink } from '@mantine/core';
import { useTranslation } from '@/i18n';
import { useLocation } from 'react-router';
import { Link } from '@/components/routing/link';
import { activeNavItem, type NavItem } from '../navigation';

export function AppNavbar({ items }: { items: readonly NavItem[] }) {
  const { t } = useTranslation('common');
  const { pathname } = useLocation();
  const active = activeNavItem(pathname, items);

  return (
    // The browser's own scrolling: Mantine's ScrollArea measures the page in its mount effects,
    // forcing a synchronous style and layout pass in the middle of the first render.
    <Box component="nav" aria-label={t('nav.label')} mah="100%" style={{ overflowY: 'auto', overscrollBehavior: 'contain' }}>
      {items.map((item) => {
        const isActive = item === active;
        return (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={t(item.label)}
            leftSection={<item.icon size={18} stroke={1.6} aria-hidden />}
            active={isActive}
            aria-current={isActive ? 'page' : undefined}
            variant="light"
            mb={2}
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
        );
      })}
    </Box>
  );
}
