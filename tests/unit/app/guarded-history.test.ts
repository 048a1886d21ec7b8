import { UNSAFE_createMemoryHistory } from 'react-router';
import { guardHistory } from '@/components/routing/guarded-history';

function setup(entries = ['/articles', '/articles/a1/edit']) {
  const history = guardHistory(UNSAFE_createMemoryHistory({ initialEntries: entries, v5Compat: true }));
  const seen: string[] = [];
  history.listen(({ action, location }) => seen.push(`${action} ${location.pathname}`));
  // Leaving the editor is held; moving within it is not.
  history.block(({ currentLocation, nextLocation }) => currentLocation.pathname.endsWith('/edit') && nextLocation.pathname !== currentLocation.pathname);
  return { history, seen };
}

describe('guardHistory', () => {
  it('holds a push until the person leaves, and drops it when they stay', () => {
    const { history, seen } = setup();
    history.push('/comments');
    expect(history.location.pathname).toBe('/articles/a1/edit');
    history.held()!.reset();
    expect(history.held()).toBeNull();
    history.push('/comments');
    history.held()!.proceed();
    expect(history.location.pathname).toBe('/comments');
    expect(seen).toEqual(['PUSH /comments']);
  });

  it('puts the address back after a held back button, and goes back when the person leaves', () => {
    const { history, seen } = setup();
    history.go(-1);
    expect(history.location.pathname).toBe('/articles/a1/edit');
    expect(seen).toEqual([]);
    history.held()!.proceed();
    expect(history.location.pathname).toBe('/articles');
    expect(seen).toEqual(['POP /articles']);
  });

  it('lets everything through once the check is removed, dropping what it held', () => {
    const history = guardHistory(UNSAFE_createMemoryHistory({ initialEntries: ['/articles/a1/edit'], v5Compat: true }));
    const unblock = history.block(() => true);
    const watch = vi.fn();
    history.subscribe(watch);
    history.push('/comments');
    expect(history.held()).not.toBeNull();
    unblock();
    expect(history.held()).toBeNull();
    expect(watch).toHaveBeenCalledTimes(2);
    history.push('/comments');
    expect(history.location.pathname).toBe('/comments');
  });

  it('passes moves within the page through', () => {
    const { history, seen } = setup();
    history.replace('/articles/a1/edit?tab=seo');
    expect(seen).toEqual(['REPLACE /articles/a1/edit']);
    expect(history.held()).toBeNull();
  });
});
