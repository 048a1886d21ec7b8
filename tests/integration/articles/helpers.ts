import { screen, waitFor, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** The data rows of the articles table (the header row left out). */
export const rows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

/** The text of one column of every row: 1 = title, 2 = status, 3 = category, 4 = author. */
export const column = (index: number) => rows().map((r) => within(r).getAllByRole('cell')[index].textContent ?? '');

/** The titles, read from the links so a row's extra lines (a reason) do not get in the way. */
export const titles = () => rows().map((r) => within(r).getAllByRole('link')[0].textContent ?? '');

/** Waits until the list shows this total (the footer's "Tổng N bài viết"). */
export const totalShown = (n: number) =>
  screen.findByText(`Tổng ${new Intl.NumberFormat('vi').format(n)} bài viết`, {}, { timeout: 15000 });

export const waitForTable = () => screen.findByRole('table', {}, { timeout: 15000 });

/** Loaded once per file so the first test does not pay for transforming the page's modules. */
export const warmUp = () => import('@/features/articles/articles-list-page');

/** Opens a Mantine Select/MultiSelect by its label and picks an option. */
export async function pick(user: UserEvent, label: string | RegExp, option: string) {
  const box = screen.getByRole('combobox', { name: label });
  if (box.getAttribute('aria-expanded') !== 'true') await user.click(box);
  await user.click(await screen.findByRole('option', { name: option }));
}

export async function waitForSearch(router: { state: { location: { search: string } } }, expected: Record<string, string | null>) {
  await waitFor(() => {
    const search = new URLSearchParams(router.state.location.search);
    for (const [k, v] of Object.entries(expected)) expect(search.get(k)).toBe(v);
  });
}
