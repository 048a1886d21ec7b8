import { screen, within } from '@testing-library/react';
import { formatDateLine } from '@/domain';
import { vietnamDayKey } from '@/features/review/calendar-math';
import { clock, store } from '@mocks/node';
import { SEED_BASE_DATE } from '@mocks/seed';
import { renderApp } from '../../render';

const monthIndex = (key: string) => Number(key.slice(0, 4)) * 12 + Number(key.slice(5, 7));

describe('publishing calendar', () => {
  it('puts a scheduled article on its Vietnam day in the month view, and in the week view', async () => {
    const article = store.db.articles.find((a) => a.status === 'scheduled' && a.scheduledAt)!;
    const day = vietnamDayKey(article.scheduledAt!);
    const { user } = await renderApp({ route: '/calendar', user: 'editor_in_chief' });
    await screen.findByRole('heading', { name: 'Lịch xuất bản' });
    const steps = monthIndex(day) - monthIndex(vietnamDayKey(Date.now()));
    for (let i = 0; i < Math.abs(steps); i++) await user.click(screen.getByRole('button', { name: steps > 0 ? 'Tháng sau' : 'Tháng trước' }));
    expect(screen.getByText(`Tháng ${Number(day.slice(5, 7))} năm ${day.slice(0, 4)}`)).toBeInTheDocument();

    const cell = await screen.findByRole('region', { name: new RegExp(`^${formatDateLine(`${day}T12:00:00+07:00`)}:`) });
    expect(within(cell).getByRole('link', { name: new RegExp(article.title.slice(0, 20).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) })).toHaveAttribute('href', `/review/${article.id}`);

    await user.click(screen.getByRole('radio', { name: 'Tuần' }));
    const weekCells = screen.getAllByRole('region', { name: /ngày .* tháng .* năm/ });
    expect(weekCells).toHaveLength(7);
  });

  it('shows in the week view a scheduled and a published article on their Vietnam days, each marked as such', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    onTestFinished(() => void vi.useRealTimers());
    vi.setSystemTime(new Date(SEED_BASE_DATE));
    clock.set(SEED_BASE_DATE);
    const scheduled = store.db.articles.find((a) => a.status === 'scheduled')!;
    scheduled.scheduledAt = '2026-11-21T01:00:00.000Z'; // 08:00 on Saturday the 21st in Vietnam
    const published = store.db.articles.find((a) => a.status === 'published')!;
    published.publishedAt = '2026-11-18T17:30:00.000Z'; // 00:30 on Thursday the 19th in Vietnam, still the 18th in UTC

    const { user } = await renderApp({ route: '/calendar', user: 'editor_in_chief' });
    await screen.findByRole('heading', { name: 'Lịch xuất bản' });
    await user.click(screen.getByRole('radio', { name: 'Tuần' }));
    expect(await screen.findAllByRole('region', { name: /ngày .* tháng .* năm/ })).toHaveLength(7);

    const day = (key: string) => screen.getByRole('region', { name: new RegExp(`^${formatDateLine(`${key}T12:00:00+07:00`)}:`) });
    const entry = async (key: string, title: string) => (await within(day(key)).findAllByRole('link')).find((l) => l.textContent?.includes(title));
    const going = await entry('2026-11-21', scheduled.title);
    expect(going).toHaveAttribute('href', `/review/${scheduled.id}`);
    expect(going).toHaveTextContent(`08:00 ${scheduled.title}`);
    expect(going!.getAttribute('title')).toBe(`08:00 · Hẹn giờ · ${scheduled.title}`);
    const out = await entry('2026-11-19', published.title);
    expect(out).toHaveAttribute('href', `/review/${published.id}`);
    expect(out!.getAttribute('title')).toBe(`00:30 · Đã xuất bản · ${published.title}`);
    expect(within(day('2026-11-18')).queryByText(published.title, { exact: false })).not.toBeInTheDocument();
  });
});
