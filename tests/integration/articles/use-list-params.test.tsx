import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { articleStatuses } from '@/domain';
import { useListParams } from '@/features/articles/use-list-params';

function setup() {
  let result: { current: { hook: ReturnType<typeof useListParams>; search: string } } | null = null;
  const Probe = () => {
    const hook = useListParams(articleStatuses);
    const search = useLocation().search;
    result = { current: { hook, search } };
    return null;
  };
  const wrapper = ({ children }: { children: ReactNode }) => (
    <MemoryRouter initialEntries={['/articles']}>
      <Probe />
      {children}
    </MemoryRouter>
  );
  renderHook(() => null, { wrapper });
  return () => result!.current;
}

describe('useListParams', () => {
  it('keeps both of two changes made before the list re-renders', () => {
    const current = setup();
    act(() => {
      current().hook.update({ status: ['published'] });
      current().hook.update({ q: 'quan 8' }, { replace: true });
    });
    const search = new URLSearchParams(current().search);
    expect(search.get('status')).toBe('published');
    expect(search.get('q')).toBe('quan 8');
  });
});
