import type { Page } from '@playwright/test';
import type { Article, TiptapNode } from '@/domain';
import type { DemoControls } from '@mocks/browser';
import type { StoredComment } from '@mocks/db';
import type { Payload } from './corpus';

/**
 * Plants payloads straight into the demo server's store, the way a backend that validated nothing
 * would hold them: one page load carries the whole corpus. Everything lands on records of its own
 * (`xss-…` ids), so views can be filtered to exactly them. Text fields take many payloads each, so a
 * few records carry the whole corpus and every view shows them without paging or scrolling far.
 */

export const XSS_ARTICLE = 'xss-article';
export const BODY_ARTICLE = 'xss-body';
/** The same body, waiting for review. */
export const REVIEW_ARTICLE = 'xss-review';
export const articleId = (k: number) => `xss-a-${k}`;
export const commentId = (k: number) => `xss-c-${k}`;

/** Comments: few enough that the virtualised queue holds them all within a screenful or two. */
export const COMMENT_GROUPS = 6;

const REPORTER = 'u-phongvien';
const EDITOR = 'u-tongbientap';

/** `payloads` dealt round-robin into `n` groups: each group mixes every class of the corpus. */
export function deal(payloads: readonly Payload[], n: number): Payload[][] {
  const groups: Payload[][] = Array.from({ length: n }, () => []);
  payloads.forEach((p, i) => groups[i % n].push(p));
  return groups;
}

/** What a planted record's fields hold: a group's payloads, one per line for bodies, spaced for names. */
export const lines = (group: readonly Payload[]) => group.map((p) => p.text).join('\n');
export const spaced = (group: readonly Payload[]) => group.map((p) => p.text).join(' ');

/**
 * Comment `k`'s four untrusted fields: all hold the same group of the corpus, so every payload goes
 * through every field; each field's own prefix tells on screen which field a text came from.
 */
export function commentFields(payloads: readonly Payload[], k: number) {
  const group = deal(payloads, COMMENT_GROUPS)[k];
  return { body: `B\n${lines(group)}`, authorName: `N ${spaced(group)}`, email: `E ${spaced(group)}`, url: `U ${spaced(group)}` };
}

type Seed = { payloads: Payload[]; urls: Payload[]; XSS_ARTICLE: string; BODY_ARTICLE: string; REVIEW_ARTICLE: string; REPORTER: string; EDITOR: string };

/** A TipTap document that carries every payload in every place a body has: text, hrefs, images, captions, kept HTML. */
export function bodyDoc(payloads: readonly Payload[], urls: readonly Payload[]): { type: 'doc'; content: TiptapNode[] } {
  const content: TiptapNode[] = [];
  for (const p of payloads) {
    content.push({ type: 'paragraph', attrs: { onclick: p.text, class: p.text }, content: [{ type: 'text', text: p.text }] });
    content.push({ type: 'paragraph', content: [{ type: 'text', text: `link ${p.n}`, marks: [{ type: 'link', attrs: { href: p.text, target: p.text, rel: p.text, class: p.text } }] }] });
    content.push({ type: 'figure', attrs: { src: p.text, alt: p.text }, content: [{ type: 'text', text: p.text }] });
    content.push({ type: 'opaqueBlock', attrs: { html: p.text, label: p.text } });
    // A node type the editor does not know, holding markup: dropped, never rendered.
    content.push({ type: 'rawHtml', attrs: { html: p.text } });
  }
  for (const u of urls) {
    content.push({ type: 'paragraph', content: [{ type: 'text', text: `url ${u.n}`, marks: [{ type: 'link', attrs: { href: u.text } }] }] });
    content.push({ type: 'figure', attrs: { src: u.text, alt: `alt ${u.n}` }, content: [{ type: 'text', text: `caption ${u.n}` }] });
    content.push({ type: 'image', attrs: { src: u.text, alt: u.text } });
  }
  return { type: 'doc', content };
}

type Planted = Seed & { body: Article['body']; articleTexts: string[]; comments: (ReturnType<typeof commentFields> & { flags: StoredComment['flags'] })[] };

/**
 * Comment `k`'s flags: its first payload line highlighted as a rule's find, under a rule whose term
 * is that payload too, so the `<mark>`, the reason badge and its `title` all carry untrusted text.
 */
export function flagsOf(body: string, k: number): StoredComment['flags'] {
  const start = body.indexOf('\n') + 1;
  const next = body.indexOf('\n', start);
  const end = next === -1 ? body.length : next;
  if (start === 0 || end <= start) return [];
  return [{ ruleId: `xss-rule-${k}`, term: body.slice(start, end), severity: k % 2 ? 'block' : 'suspect', start, end }];
}

function plant({ payloads, urls, XSS_ARTICLE, BODY_ARTICLE, REVIEW_ARTICLE, REPORTER, EDITOR, body, articleTexts, comments }: Planted) {
  const demo = (window as unknown as { __newsroomDemo: DemoControls }).__newsroomDemo;
  const db = demo.store.db;
  const now = Date.parse(demo.clock.nowIso());
  const iso = (offsetMs: number) => new Date(now + offsetMs).toISOString();
  const template = db.articles.find((a) => a.status === 'published')!;
  const joined = payloads.map((p) => p.text).join(' ');
  const article = (patch: Partial<Article>): Article => ({ ...structuredClone(template), relatedIds: [], commentCount: 0, lastReason: null, ...patch }) as Article;

  // The article the comments hang on, and the two whose every text field holds the whole corpus.
  db.articles.push(article({ id: XSS_ARTICLE, slug: 'xss-article', title: articleTexts[0] ?? 'XSS', authorId: EDITOR, status: 'published', updatedAt: iso(0) }));
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
      featuredImage: { url: 'https://thanhuytphcm.vn/anh.jpg', caption: joined, alt: joined },
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

  // One article per URL payload, its featured photo that URL, its text fields a group of the corpus.
  const statuses = ['in_review', 'scheduled', 'changes_requested', 'approved', 'published', 'draft'] as const;
  articleTexts.forEach((text, k) => {
    const status = statuses[k % statuses.length];
    db.articles.push(
      article({
        id: `xss-a-${k}`,
        slug: `xss-a-${k}`,
        title: text,
        sapo: text,
        byline: text,
        featuredImage: { url: urls[k % urls.length].text, caption: text, alt: text },
        authorId: REPORTER,
        status,
        // Due in ten minutes, after the test: in this week's calendar unless planted in a week's last ten minutes.
        scheduledAt: status === 'scheduled' ? iso(600_000 + k * 1000) : null,
        updatedAt: iso(-k * 1000),
        lastReason: status === 'changes_requested' ? { codes: [], text, by: EDITOR, at: iso(0) } : null,
      }),
    );
    // Someone else's step, so it is news: the reviewer hears of submissions, the author of decisions.
    if (status !== 'draft') {
      const by = status === 'in_review' ? REPORTER : EDITOR;
      db.history.push({ id: `xss-h-${k}`, articleId: `xss-a-${k}`, action: 'xss', from: 'in_review', to: status, by, at: iso(-k * 1000), note: text, reasonCodes: [] });
    }
  });

  comments.forEach((fields, k) => {
    const comment: StoredComment = {
      id: `xss-c-${k}`,
      articleId: XSS_ARTICLE,
      // One thread: every other comment answers the first, so the thread view shows them all.
      parentId: k === 0 ? null : 'xss-c-0',
      ...fields,
      ipHash: 'xss-ip',
      createdAt: iso(-(comments.length - k) * 1000),
      status: 'pending',
      reports: k % 2,
      staffReply: false,
      flags: fields.flags,
      version: 0,
      moderatedBy: null,
      moderatedAt: null,
    };
    db.comments.push(comment);
  });
  demo.store.written();
}

/** Planted articles with a photo each: as many as there are URL payloads. */
export const articleTexts = (payloads: readonly Payload[], urls: readonly Payload[]) => deal(payloads, urls.length).map(spaced);

export async function plantCorpus(page: Page, payloads: readonly Payload[], urls: readonly Payload[]): Promise<void> {
  await page.waitForFunction(() => Boolean((window as unknown as { __newsroomDemo?: unknown }).__newsroomDemo));
  await page.evaluate(plant, {
    payloads: [...payloads],
    urls: [...urls],
    XSS_ARTICLE,
    BODY_ARTICLE,
    REVIEW_ARTICLE,
    REPORTER,
    EDITOR,
    body: bodyDoc(payloads, urls),
    articleTexts: payloads.length ? articleTexts(payloads, urls) : [],
    comments: payloads.length
      ? Array.from({ length: COMMENT_GROUPS }, (_, k) => {
          const fields = commentFields(payloads, k);
          return { ...fields, flags: flagsOf(fields.body, k) };
        })
      : [],
  });
}
