import { screen, waitFor } from '@testing-library/react';
import { NotificationsBell } from '@/components/notifications/notifications-bell';
import { notificationsSeenKey } from '@/components/notifications/use-app-notifications';
import { clock } from '@mocks/node';
import { renderWithProviders } from '../../render';
import { apiAs, seeded } from './helpers';

describe('notifications bell', () => {
  it('tells a reporter their article was approved, then forgets it once seen', async () => {
    localStorage.setItem(notificationsSeenKey('u-phongvien'), JSON.stringify(clock.nowIso()));
    const article = seeded('in_review');
    const { user, queryClient } = await renderWithProviders(<NotificationsBell />, { user: 'phongvien' });
    expect(await screen.findByRole('button', { name: 'Thông báo' })).toBeInTheDocument();

    clock.advance(60_000);
    await apiAs('tongbientap').articles.transition(article.id, 'approve', { version: article.version });
    await queryClient.refetchQueries({ type: 'active' });

    const bell = await screen.findByRole('button', { name: 'Thông báo: 1 mới' });
    await user.click(bell);
    expect(await screen.findByText(`Bài “${article.title}” đã được duyệt`)).toBeInTheDocument();
    await user.click(await screen.findByRole('button', { name: 'Đánh dấu đã xem' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Thông báo' })).toBeInTheDocument());
  });

  it('tells the editor-in-chief who submitted what', async () => {
    localStorage.setItem(notificationsSeenKey('u-tongbientap'), JSON.stringify(clock.nowIso()));
    const article = seeded('changes_requested', 'u-phongvien2');
    const { user, queryClient } = await renderWithProviders(<NotificationsBell />, { user: 'editor_in_chief' });
    await screen.findByRole('button', { name: 'Thông báo' });

    clock.advance(60_000);
    await apiAs('phongvien2').articles.transition(article.id, 'submit', { version: article.version });
    await queryClient.refetchQueries({ type: 'active' });

    await user.click(await screen.findByRole('button', { name: 'Thông báo: 1 mới' }));
    expect(await screen.findByText(`Trần Văn Hùng gửi duyệt bài “${article.title}”`)).toBeInTheDocument();
  });
});
