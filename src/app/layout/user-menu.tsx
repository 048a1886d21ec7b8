import { onDemand } from '@/components/on-demand/on-demand';
import { UserMenuButton } from './user-menu-button';

/** Settings, demo reset and sign-out; the menu loads when first reached for. */
export const UserMenu = onDemand(async () => (await import('./user-menu-control')).UserMenuControl, UserMenuButton);
