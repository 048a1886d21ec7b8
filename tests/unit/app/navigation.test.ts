// @vitest-environment node
import { activeNavItem, navItems, navItemsFor } from '@/app/navigation';
import type { Role } from '@/domain';

const everything = (_to: string) => true;
const labels = (roles: Role[], isRouted = everything) => navItemsFor({ roles }, isRouted).map((i) => i.to);

describe('navigation', () => {
  it('fits each role', () => {
    expect(labels(['reporter'])).toEqual(['/', '/my-articles', '/articles/new', '/settings']);
    expect(labels(['editor_in_chief'])).toEqual(['/', '/review', '/calendar', '/articles', '/comments', '/settings']);
    expect(labels(['moderator'])).toEqual(['/', '/comments', '/settings']);
  });

  it('shows an entry once for someone with several roles', () => {
    expect(labels(['editor_in_chief', 'moderator'])).toEqual(['/', '/review', '/calendar', '/articles', '/comments', '/settings']);
  });

  it('hides entries whose page does not exist yet', () => {
    expect(labels(['moderator'], (to) => to !== '/comments')).toEqual(['/', '/settings']);
  });

  it('marks the most specific entry active', () => {
    expect(activeNavItem('/articles/new', navItems)?.to).toBe('/articles/new');
    expect(activeNavItem('/articles/a1/edit', navItems)?.to).toBe('/articles');
    expect(activeNavItem('/', navItems)?.to).toBe('/');
    expect(activeNavItem('/settings', navItems)?.to).toBe('/settings');
    expect(activeNavItem('/nowhere', navItems)).toBeUndefined();
  });
});
