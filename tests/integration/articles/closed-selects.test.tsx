import { screen, within } from '@testing-library/react';
import { expect, it } from 'vitest';
import { renderApp } from '../../render';

// A closed select keeps no options in the page (theme: Combobox keepMounted false). A mounted,
// hidden dropdown is positioned by floating-ui as the page mounts, which measures the whole page
// synchronously; the list page has four of them.
it('keeps the filters’ options out of the page until a filter is opened', async () => {
  const { user } = await renderApp({ route: '/articles', user: 'editor_in_chief' });
  const category = await screen.findByRole('combobox', { name: 'Chuyên mục' });
  expect(document.querySelectorAll('[role="listbox"], [role="option"]')).toHaveLength(0);

  await user.click(category);
  const options = within(await screen.findByRole('listbox')).getAllByRole('option');
  expect(options.length).toBeGreaterThan(1);

  await user.keyboard('{Escape}');
  await expect.poll(() => document.querySelectorAll('[role="listbox"]').length).toBe(0);
});
