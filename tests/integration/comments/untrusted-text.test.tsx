import { screen, waitFor, within } from '@testing-library/react';
import { store } from '@mocks/node';
import { openQueue, row } from './helpers';

const PAYLOADS = [
  '<script>window.__pwned = 1</script>',
  '<img src=x onerror="window.__pwned = 2">',
  '<a href="javascript:window.__pwned=3">bấm</a>',
  '"><svg onload="window.__pwned=4">',
  '<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>',
];

describe('untrusted comment text', { timeout: 45_000 }, () => {
  it('renders bodies, names, emails and URLs that look like markup as text, creating no element', async () => {
    const targets = store.db.comments.filter((c) => c.status === 'pending').slice(0, PAYLOADS.length);
    targets.forEach((c, i) => {
      c.body = `Bình luận thử ${i} ${PAYLOADS[i]}`;
      c.authorName = `<b>Độc giả ${i}</b>${PAYLOADS[i]}`;
      c.email = `x${i}@example.com"><img src=x onerror=alert(1)>`;
      c.url = `javascript:window.__pwned=${i + 10}`;
      c.createdAt = `2000-01-0${i + 1}T00:00:00Z`;
    });
    const { user, feed } = await openQueue();
    for (const [i, c] of targets.entries()) {
      const el = row(c.id);
      expect(el).toHaveTextContent(PAYLOADS[i]!);
      // The commenter's URL is shown, as text: never a link to follow.
      expect(el).toHaveTextContent(c.url!);
      expect(within(el).getByRole('button', { name: c.authorName })).toBeInTheDocument();
    }
    expect(feed.querySelector('script, img, iframe, svg[onload], a[href^="javascript"], b')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();

    // The thread and the commenter views show the same text the same way.
    await user.click(within(row(targets[1]!.id)).getByRole('button', { name: /^Xem luồng/ }));
    const thread = await screen.findByRole('dialog', { name: 'Luồng thảo luận' });
    await waitFor(() => expect(within(thread).getByText(targets[1]!.body, { exact: false })).toBeInTheDocument());
    expect(thread.querySelector('script, img, iframe, a[href^="javascript"], b')).toBeNull();
    await user.click(within(thread).getByRole('button', { name: targets[1]!.authorName }));
    const commenter = await screen.findByRole('dialog', { name: 'Người bình luận' });
    await within(commenter).findByRole('group', { name: 'Số bình luận theo trạng thái' });
    expect(commenter).toHaveTextContent(targets[1]!.email!);
    expect(commenter).toHaveTextContent(targets[1]!.url!);
    expect(commenter.querySelector('script, img, iframe, a[href^="javascript"], b')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });
});
