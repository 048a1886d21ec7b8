import { screen, waitFor } from '@testing-library/react';
import { NotificationsBell } from '@/components/notifications/notifications-bell';
import { notificationsSeenKey } from '@/components/notifications/use-app-notifications';
import { NOTIFICATION_POLL_MS, reviewKeys } from '@/api/queries/review';
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

  it('tells a reporter their article was returned, another published and another taken down', async () => {
    localStorage.setItem(notificationsSeenKey('u-phongvien'), JSON.stringify(clock.nowIso()));
    const waiting = seeded('in_review');
    const approved = seeded('approved');
    const live = seeded('published');
    const { user, queryClient } = await renderWithProviders(<NotificationsBell />, { user: 'phongvien' });
    await screen.findByRole('button', { name: 'Thông báo' });

    clock.advance(60_000);
    const chief = apiAs('tongbientap');
    await chief.articles.transition(waiting.id, 'request_changes', { version: waiting.version, reasonCodes: ['missing_source'], note: 'Thiếu nguồn.' });
    await chief.articles.transition(approved.id, 'publish', { version: approved.version });
    await chief.articles.transition(live.id, 'unpublish', { version: live.version, reasonCodes: ['sensitive'], note: 'Ảnh chưa che mặt.' });
    await queryClient.refetchQueries({ type: 'active' });

    await user.click(await screen.findByRole('button', { name: 'Thông báo: 3 mới' }));
    expect(await screen.findByText(`Bài “${waiting.title}” được trả về để sửa`)).toBeInTheDocument();
    expect(screen.getByText(`Bài “${approved.title}” đã được xuất bản`)).toBeInTheDocument();
    expect(screen.getByText(`Bài “${live.title}” đã bị gỡ xuống`)).toBeInTheDocument();
  });

  it('polls: news arrives without anyone reloading', async () => {
    // Only the interval is faked: it is what drives the polling, and nothing else here waits on it.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    onTestFinished(() => void vi.useRealTimers());
    localStorage.setItem(notificationsSeenKey('u-phongvien'), JSON.stringify(clock.nowIso()));
    const article = seeded('in_review');
    const { queryClient } = await renderWithProviders(<NotificationsBell />, { user: 'phongvien' });
    await screen.findByRole('button', { name: 'Thông báo' });
    // The first look has been answered (with nothing new) before anything happens.
    const feed = () => queryClient.getQueryCache().find({ queryKey: reviewKeys.notifications('u-phongvien'), exact: false });
    // waitFor polls on setInterval, faked here: wait on real timeouts instead.
    for (let i = 0; i < 100 && feed()?.state.status !== 'success'; i++) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(feed()?.state.status).toBe('success');
    const firstLook = feed()!.state.dataUpdatedAt;

    clock.advance(60_000);
    await apiAs('tongbientap').articles.transition(article.id, 'approve', { version: article.version });
    vi.advanceTimersByTime(NOTIFICATION_POLL_MS - 1_000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(screen.getByRole('button', { name: 'Thông báo' })).toBeInTheDocument();
    expect(feed()!.state.dataUpdatedAt).toBe(firstLook);
    vi.advanceTimersByTime(1_000);
    expect(await screen.findByRole('button', { name: 'Thông báo: 1 mới' }, { timeout: 5000 })).toBeInTheDocument();
  });
});
