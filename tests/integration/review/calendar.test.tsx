import { screen, within } from '@testing-library/react';
import { formatDateLine } from '@/domain';
import { vietnamDayKey } from '@/features/review/calendar-math';
import { store } from '@mocks/node';
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
});
