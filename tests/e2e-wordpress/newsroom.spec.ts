import { expect, test, type Page } from '@playwright/test';
import { gotoApp, mainNav, signInWithForm } from '../e2e/helpers';
import { solidPng } from './png';
import { harness, wpGet, wpPost, wpUntil } from './wp';

type WpPost = { id: number; status: string; title: { raw: string }; excerpt: { raw: string }; content: { raw: string }; categories: number[]; featured_media: number; meta?: { newsroom_workflow?: string } };
type WpMedia = { id: number; alt_text: string; caption: { raw: string }; mime_type: string };

// One article followed through its life, so the specs run in order and share its id.
test.describe.configure({ mode: 'serial' });

// Unique per run: the harness is reseeded for every run, but a rerun against a kept site must not match an old post.
const stamp = Date.now().toString(36);
const article = {
  title: `Hà Nội mở thêm tuyến xe buýt điện nối sân bay Nội Bài ${stamp}`,
  sapo: 'Tuyến buýt điện mới chạy 15 phút một chuyến, giá vé 9.000 đồng, giúp hành khách vào nội đô nhanh hơn.',
  body: 'Từ ngày 1/12, Sở Giao thông vận tải Hà Nội đưa vào khai thác tuyến buýt điện số 86E.',
  category: 'Thời sự',
  caption: 'Xe buýt điện tại điểm đầu cuối sân bay Nội Bài (ảnh minh họa)',
  alt: 'Chiếc xe buýt điện màu xanh đỗ trước nhà ga hành khách',
};
let postId = 0;

/** The companion plugin's workflow meta: a JSON string whose `stage` refines the WordPress status. */
function workflowStage(post: WpPost) {
  const raw = post.meta?.newsroom_workflow;
  return raw ? (JSON.parse(raw) as { stage?: string }).stage ?? '' : '';
}

async function signIn(page: Page, who: 'reporter' | 'editor' | 'moderator') {
  const { username, password } = harness.users[who];
  await gotoApp(page, '/sign-in');
  await signInWithForm(page, username, password);
  await expect(mainNav(page)).toBeVisible();
}

test('a contributor drafts an article with a captioned image and submits it for review', async ({ page }) => {
  await signIn(page, 'reporter');
  await mainNav(page).getByRole('link', { name: /^Viết bài mới/ }).click();
  const title = page.getByRole('textbox', { name: 'Tiêu đề', exact: true });
  await expect(title).toBeVisible();

  await title.fill(article.title);
  await page.getByRole('textbox', { name: 'Sapo (đoạn dẫn)' }).fill(article.sapo);
  const body = page.getByRole('textbox', { name: 'Nội dung bài', exact: true });
  await body.click();
  await body.fill(article.body);
  await page.getByRole('combobox', { name: 'Chuyên mục' }).click();
  await page.getByRole('option', { name: article.category, exact: true }).click();

  const image = page.getByRole('region', { name: 'Ảnh đại diện' });
  const chooser = page.waitForEvent('filechooser');
  await image.getByRole('button', { name: 'Tải ảnh lên' }).click();
  await (await chooser).setFiles({ name: 'xe-buyt-dien.png', mimeType: 'image/png', buffer: solidPng(64, 40, [20, 120, 90]) });
  await expect(image.getByLabel('Chú thích ảnh')).toBeVisible();
  await image.getByLabel('Chú thích ảnh').fill(article.caption);
  await image.getByLabel('Mô tả ảnh (cho người khiếm thị)').fill(article.alt);

  await page.getByRole('button', { name: 'Gửi duyệt' }).click();
  await expect(page.getByText('Đã gửi bài cho Tổng biên tập duyệt.')).toBeVisible();

  const found = await wpGet<WpPost[]>(`/wp/v2/posts?context=edit&status=any&search=${encodeURIComponent(stamp)}`);
  expect(found).toHaveLength(1);
  const post = found[0]!;
  postId = post.id;
  expect(post.status).toBe('pending');
  expect(post.title.raw).toBe(article.title);
  expect(post.excerpt.raw).toContain(article.sapo);
  expect(post.content.raw).toContain(article.body);
  expect(post.categories).toEqual([harness.categories['thoi-su']]);
  expect(post.featured_media).toBeGreaterThan(0);

  const media = await wpUntil<WpMedia>(`/wp/v2/media/${post.featured_media}?context=edit`, (m) => m.alt_text === article.alt);
  expect(media.mime_type).toBe('image/png');
  expect(media.alt_text).toBe(article.alt);
  expect(media.caption.raw).toBe(article.caption);
});

test('the editor publishes the submitted article', async ({ page }) => {
  expect(postId, 'the contributor spec submitted the article').toBeGreaterThan(0);
  await signIn(page, 'editor');
  await mainNav(page).getByRole('link', { name: /^Hàng chờ duyệt/ }).click();
  // The dashboard lists the article too; wait for the queue itself before choosing it.
  await expect(page.getByRole('heading', { name: 'Hàng chờ duyệt', level: 1 })).toBeVisible();
  await page.getByRole('main').getByRole('table').getByRole('link', { name: article.title }).click();
  await expect(page).toHaveURL(new RegExp(`/review/${postId}$`));

  // With the companion plugin the newsroom keeps its "approved" stage: WordPress status stays pending.
  await page.getByRole('button', { name: 'Duyệt', exact: true }).click();
  await expect(page.getByText('Đã duyệt bài.')).toBeVisible();
  const approved = await wpUntil<WpPost>(`/wp/v2/posts/${postId}?context=edit`, (p) => workflowStage(p) === 'approved');
  expect(approved.status).toBe('pending');
  expect(workflowStage(approved)).toBe('approved');

  await page.getByRole('button', { name: 'Xuất bản', exact: true }).click();
  await expect(page.getByText('Đã xuất bản bài.')).toBeVisible();

  const post = await wpUntil<WpPost>(`/wp/v2/posts/${postId}?context=edit`, (p) => p.status === 'publish');
  expect(post.status).toBe('publish');
  expect(post.title.raw).toBe(article.title);
  expect(post.featured_media).toBeGreaterThan(0);
});

type WpComment = { id: number; status: string; parent: number; post: number; author: number; author_name: string; content: { raw: string } };

/** A reader's comment held for moderation, left on a published article as the site would keep it. */
const holdComment = (author: string, email: string, content: string) =>
  wpPost<WpComment>('/wp/v2/comments', {
    post: harness.posts.published,
    author_name: author,
    author_email: `${email}.${stamp}@example.com`,
    content,
    status: 'hold',
  });

test('a moderator approves a held comment, marks one as spam and replies to one', async ({ page }) => {
  // Its own readers (unique per run), so the spec holds whatever else has been moderated on this site.
  const reader = `Đỗ Minh Khang ${stamp}`;
  const spammer = `Khuyến mãi ${stamp}`;
  const toApprove = await holdComment(reader, 'minhkhang', 'Tuyến metro số 1 có chạy xuyên Tết không ạ?');
  const toSpam = await holdComment(spammer, 'khuyenmai', 'Vay tiền nhanh lãi suất 0%, liên hệ ngay!');
  expect(toApprove.status).toBe('hold');
  expect(toSpam.status).toBe('hold');

  await signIn(page, 'moderator');
  await mainNav(page).getByRole('link', { name: /^Bình luận/ }).click();

  await page.getByRole('button', { name: `Duyệt bình luận của ${reader}` }).click();
  await expect(page.getByText(`Đã duyệt bình luận của ${reader}.`).first()).toBeVisible();
  await page.getByRole('button', { name: `Đánh dấu spam bình luận của ${spammer}` }).click();
  await expect(page.getByText(`Đã đánh dấu spam bình luận của ${spammer}.`).first()).toBeVisible();

  const approved = await wpUntil<WpComment>(`/wp/v2/comments/${toApprove.id}?context=edit`, (c) => c.status === 'approved');
  expect(approved.status).toBe('approved');
  const spam = await wpUntil<WpComment>(`/wp/v2/comments/${toSpam.id}?context=edit`, (c) => c.status === 'spam');
  expect(spam.status).toBe('spam');

  // The reply goes to the comment just approved, from its thread.
  await page.getByRole('tab', { name: /^Đã duyệt/ }).click();
  await page.getByRole('button', { name: `Xem luồng thảo luận quanh bình luận của ${reader}` }).click();
  const reply = `Chào bạn Khang, tuyến metro số 1 vẫn chạy trong dịp Tết, giãn cách 10 phút một chuyến (${stamp}).`;
  const drawer = page.getByRole('dialog');
  await drawer.getByLabel('Trả lời với tư cách Ban biên tập').fill(reply);
  await drawer.getByRole('button', { name: 'Gửi trả lời' }).click();
  await expect(page.getByText('Đã đăng câu trả lời của Ban biên tập.')).toBeVisible();

  const replies = await wpUntil<WpComment[]>(`/wp/v2/comments?context=edit&parent=${toApprove.id}&status=all`, (list) => list.length > 0);
  expect(replies).toHaveLength(1);
  const mine = replies[0]!;
  expect(mine.content.raw).toBe(reply);
  expect(mine.parent).toBe(toApprove.id);
  expect(mine.post).toBe(toApprove.post);
  expect(mine.author).toBe(harness.users.moderator.id);
  expect(mine.status).toBe('approved');
});
