import {
  IconArticle,
  IconCalendarEvent,
  IconClipboardCheck,
  IconFileText,
  IconLayoutDashboard,
  IconMessageCircle,
  IconPencilPlus,
  IconSettings,
  type Icon,
} from '@tabler/icons-react';
import type { Role, User } from '@/domain';

export type NavItem = {
  to: string;
  /** Key in the `common` catalog. */
  label: string;
  icon: Icon;
  /** Who sees it; `all` for everyone signed in. */
  roles: readonly Role[] | 'all';
};

/**
 * The navbar, in order. An entry shows only when the router has a page for it (see router.tsx), so
 * adding the route is all it takes to make a planned section appear.
 */
export const navItems: readonly NavItem[] = [
  { to: '/', label: 'nav.dashboard', icon: IconLayoutDashboard, roles: 'all' },
  { to: '/my-articles', label: 'nav.myArticles', icon: IconFileText, roles: ['reporter'] },
  { to: '/articles/new', label: 'nav.newArticle', icon: IconPencilPlus, roles: ['reporter'] },
  { to: '/review', label: 'nav.review', icon: IconClipboardCheck, roles: ['editor_in_chief'] },
  { to: '/calendar', label: 'nav.calendar', icon: IconCalendarEvent, roles: ['editor_in_chief'] },
  { to: '/articles', label: 'nav.allArticles', icon: IconArticle, roles: ['editor_in_chief'] },
  { to: '/comments', label: 'nav.comments', icon: IconMessageCircle, roles: ['editor_in_chief', 'moderator'] },
  { to: '/settings', label: 'nav.settings', icon: IconSettings, roles: 'all' },
];

/** The entries a user sees: by any of their roles, among those with a page. */
export function navItemsFor(user: Pick<User, 'roles'>, isRouted: (to: string) => boolean, items = navItems): NavItem[] {
  return items.filter(
    (item) => isRouted(item.to) && (item.roles === 'all' || item.roles.some((role) => user.roles.includes(role))),
  );
}

/** The entry for a path: the longest matching `to`, so `/articles/new` beats `/articles`. */
export function activeNavItem(pathname: string, items: readonly NavItem[]): NavItem | undefined {
  return items
    .filter((item) => pathname === item.to || (item.to !== '/' && pathname.startsWith(`${item.to}/`)))
    .sort((a, b) => b.to.length - a.to.length)[0];
}
