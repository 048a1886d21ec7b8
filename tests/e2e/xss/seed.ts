import type { Page } from '@playwright/test';
import type { Article, TiptapNode } from '@/domain';
import type { DemoControls } from '@mocks/browser';
import type { StoredComment } from '@mocks/db';
import type { Payload } from './corpus';

/**
 * Plants payloads straight into the demo server's store, the way a backend that validated nothing
 * would hold them: one page load carries the whole corpus. Everything lands on records of its own
 * (`xss-…` ids), so views can be filtered to exactly them.
 */

export const XSS_ARTICLE = 'xss-article';
export const BODY_ARTICLE = 'xss-body';
/** The same body, waiting for review. */
export const REVIEW_ARTICLE = 'xss-review';
export const articleId = (n: number) => `xss-a-${n}`;

const REPORTER = 'u-phongvien';
const EDITOR = 'u-tongbientap';

type Seed = { payloads: Payload[]; urls: Payload[]; XSS_ARTICLE: string; BODY_ARTICLE: string; REVIEW_ARTICLE: string; REPORTER: string; EDITOR: string };

/** A TipTap document that carries every payload in every place a body has: text, hrefs, images, captions, kept HTML. */
export function bodyDoc(payloads: readonly Payload[], urls: readonly Payload[]): { type: 'doc'; content: TiptapNode[] } {
  const content: TiptapNode[] = [];
  for (const p of payloads) {
    content.push({ type: 'paragraph', attrs: { onclick: p.text, class: p.text }, content: [{ type: 'text', text: p.text }] });
    content.push({ type: 'paragraph', content: [{ type: 'text', text: `link ${p.n}`, marks: [{ type: 'link', attrs: { href: p.text, target: p.text, rel: p.text, class: p.text } }] }] });
    content.push({ type: 'figure', attrs: { src: p.text, alt: p.text }, content: [{ type: 'text', text: p.text }] });
    content.push({ type: 'opaqueBlock', attrs: { html: p.text, label: p.text } });
    content.push({ type: 'rawHtml', attrs: { html: p.text } });
  }
  for (const u of urls) {
    content.push({ type: 'paragraph', content: [{ type: 'text', text: `url ${u.n}`, marks: [{ type: 'link', attrs: { href: u.text } }] }] });
    content.push({ type: 'figure', attrs: { src: u.text, alt: `alt ${u.n}` }, content: [{ type: 'text', text: `caption ${u.n}` }] });
    content.push({ type: 'image', attrs: { src: u.text, alt: u.text } });
  }
  return { type: 'doc', content };
}

function plant({ payloads, urls, XSS_ARTICLE, BODY_ARTICLE, REVIEW_ARTICLE, REPORTER, EDITOR, body }: Seed & { body: Article['body'] }) {
  const demo = (window as unknown as { __newsroomDemo: DemoControls }).__newsroomDemo;
  const db = demo.store.db;
  const now = Date.parse(demo.clock.nowIso());
  const iso = (offsetMs: number) => new Date(now + offsetMs).toISOString();
  const template = db.articles.find((a) => a.status === 'published')!;
  const joined = payloads.map((p) => p.text).join(' ');
  const article = (patch: Partial<Article>): Article => ({ ...structuredClone(template), relatedIds: [], commentCount: 0, lastReason: null, ...patch }) as Article;

  // The article the comments hang on, and the one whose every text field holds the whole corpus.
  db.articles.push(article({ id: XSS_ARTICLE, slug: 'xss-article', title: 'XSS comments', status: 'published', updatedAt: iso(0) }));
  const full = (id: string, status: Article['status']) =>
    article({
      id,
      slug: id,
      title: joined,
      sapo: joined,
      byline: joined,
      source: joined,
      tags: payloads.slice(0, 10).map((p) => p.text),
      seoTitle: joined,
      seoDescription: joined,
      featuredImage: { url: urls[0].text, caption: joined, alt: joined },
      body,
      authorId: REPORTER,
      status,
      version: 1,
      updatedAt: iso(0),
      lastReason: { codes: [], text: joined, by: EDITOR, at: iso(0) },
    });
  db.articles.push(full(BODY_ARTICLE, 'draft'), full(REVIEW_ARTICLE, 'in_review'));
  db.history.push({ id: 'xss-h-review', articleId: REVIEW_ARTICLE, action: 'submit', from: 'draft', to: 'in_review', by: REPORTER, at: iso(0), note: joined, reasonCodes: [] });
  for (const id of [BODY_ARTICLE, REVIEW_ARTICLE]) db.notes.push({ id: `${id}-note`, articleId: id, by: REPORTER, at: iso(0), body: joined });

  const statuses = ['in_review', 'scheduled', 'changes_requested', 'draft', 'published', 'approved'] as const;
  payloads.forEach((p, i) => {
    const status = statuses[i % statuses.length];
    const u = urls[i % urls.length];
    db.articles.push(
      article({
        id: `xss-a-${p.n}`,
        slug: `xss-a-${p.n}`,
        title: p.text,
        sapo: p.text,
        byline: p.text,
        featuredImage: { url: u.text, caption: p.text, alt: p.text },
        authorId: REPORTER,
        status,
        scheduledAt: status === 'scheduled' ? iso(3_600_000 * (1 + (i % 48))) : null,
        updatedAt: iso(-i * 1000),
        lastReason: status === 'changes_requested' ? { codes: [], text: p.text, by: EDITOR, at: iso(0) } : null,
      }),
    );
    // Someone else's step, so it is news: the reviewer hears of submissions, the author of decisions.
    if (status !== 'draft') {
      const by = status === 'in_review' ? REPORTER : EDITOR;
      db.history.push({ id: `xss-h-${p.n}`, articleId: `xss-a-${p.n}`, action: 'xss', from: 'in_review', to: status, by, at: iso(-i * 1000), note: p.text, reasonCodes: [] });
    }
  });

  payloads.forEach((p, i) => {
    const comment: StoredComment = {
      id: `xss-c-${p.n}`,
      articleId: XSS_ARTICLE,
      // One thread: every other comment answers the first, so the thread view shows them all.
      parentId: i === 0 ? null : `xss-c-${payloads[0].n}`,
      authorName: p.text,
      email: p.text,
      url: p.text,
      ipHash: 'xss-ip',
      body: p.text,
      createdAt: iso(-(payloads.length - i) * 1000),
      status: 'pending',
      reports: i % 4 === 0 ? 1 : 0,
      staffReply: false,
      flags: [],
      version: 0,
      moderatedBy: null,
      moderatedAt: null,
    };
    db.comments.push(comment);
  });
  demo.store.written();
}

export async function plantCorpus(page: Page, payloads: readonly Payload[], urls: readonly Payload[]): Promise<void> {
  await page.waitForFunction(() => Boolean((window as unknown as { __newsroomDemo?: unknown }).__newsroomDemo));
  await page.evaluate(plant, { payloads: [...payloads], urls: [...urls], XSS_ARTICLE, BODY_ARTICLE, REVIEW_ARTICLE, REPORTER, EDITOR, body: bodyDoc(payloads, urls) });
}
