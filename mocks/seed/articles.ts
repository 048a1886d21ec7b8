import {
  DEFAULT_SOURCE,
  slugify,
  workflow,
  type Article,
  type ArticleStatus,
  type HistoryEntry,
} from '@/domain';
import type { EditorialNote } from '@/api/port';
import type { StoredRevision } from '../db';
import type { Rng } from '../prng';
import { buildBody, countWords, earlierBody, placeholderImage } from './body';
import { statusPlan, stepsFor } from './timeline';
import { fill, localities, officials, type Topic } from './topic';
import { topicsA } from './topics-a';
import { topicsB } from './topics-b';
import { EIC_ID, REPORTER_IDS, seedCategories, seedUsers } from './users';

const HOUR = 3_600_000;
const topics: Topic[] = [...topicsA, ...topicsB];
const nameOf = (id: string) => seedUsers.find((u) => u.id === id)?.name ?? id;

export type ArticleSeed = { articles: Article[]; history: HistoryEntry[]; revisions: StoredRevision[]; notes: EditorialNote[] };

export function seedArticles(rng: Rng, base: number): ArticleSeed {
  const out: ArticleSeed = { articles: [], history: [], revisions: [], notes: [] };
  const order = rng.shuffle(topics.map((_, i) => i));
  const slugs = new Set<string>();
  let n = 0;
  for (const plan of statusPlan) {
    for (let j = 0; j < plan.count; j++, n++) {
      const topic = topics[order[n % order.length]];
      const loc = localities[n % localities.length];
      const official = fill(officials[n % officials.length], loc, '', 0);
      // Two published articles went out today and one scheduled one goes out later today: dashboards need them.
      const ageHours = plan.status === 'published' && j < 2 ? 3 + j * 2 : rng.int(plan.age[0], plan.age[1]);
      const created = base - ageHours * HOUR - rng.int(0, 59) * 60_000;
      const year = new Date(created).getUTCFullYear();
      const date = new Date(created + 7 * HOUR);
      const body = buildBody(topic, {
        loc,
        official,
        year,
        dateLabel: `${date.getUTCDate()}/${date.getUTCMonth() + 1}`,
        extra: rng.int(0, 3),
      });
      const prefixed = !(n < topics.length && n % 5 === 4);
      const title = (prefixed ? `${loc.name}: ` : '') + fill(topic.title, loc, official, year);
      let slug = slugify(title);
      for (let k = 2; slugs.has(slug); k++) slug = `${slugify(title)}-${k}`;
      slugs.add(slug);
      const authorId = REPORTER_IDS[j % REPORTER_IDS.length];
      const id = `a-${n + 1}`;
      const incomplete = plan.status === 'draft' && j % 4 === 1;
      const category = seedCategories.find((c) => c.id === topic.categoryId)!;
      const caption = fill(topic.caption, loc, official.split(',')[0], year);
      const article: Article = {
        id,
        title,
        sapo: incomplete ? '' : fill(topic.sapo, loc, official, year),
        body,
        slug: plan.status === 'draft' ? '' : slug,
        categoryId: incomplete && j % 8 === 1 ? '' : topic.categoryId,
        tags: topic.tags.slice(0, rng.int(1, topic.tags.length)),
        authorId,
        byline: nameOf(authorId),
        source: DEFAULT_SOURCE,
        featuredImage:
          plan.status === 'draft' && rng.chance(0.5)
            ? null
            : { url: placeholderImage(category.name, n), caption, alt: `Ảnh: ${caption}` },
        relatedIds: [],
        seoTitle: '',
        seoDescription: '',
        status: 'draft',
        scheduledAt: null,
        publishedAt: null,
        createdAt: new Date(created).toISOString(),
        updatedAt: new Date(created).toISOString(),
        version: 1,
        commentCount: 0,
        wordCount: countWords(body),
        lastReason: null,
        submittedAt: null,
      };
      const revised = (plan.status === 'in_review' && j % 2 === 0) || (plan.status === 'published' && j % 5 === 2);
      walk(out, article, stepsFor(plan.status, revised, n), base, ageHours, rng);
      if (plan.status === 'scheduled') article.scheduledAt = new Date(base + (j === 0 ? 3 : 12 + j * 20) * HOUR).toISOString();
      out.articles.push(article);
    }
  }
  linkRelated(out.articles, rng);
  return out;
}

function walk(out: ArticleSeed, article: Article, steps: ReturnType<typeof stepsFor>, base: number, ageHours: number, rng: Rng) {
  const created = Date.parse(article.createdAt);
  const span = Math.max(ageHours - 1, 1) * HOUR;
  const at = (k: number) => new Date(created + (span * (k + 1)) / (steps.length + 1) - rng.int(0, 10) * 60_000).toISOString();
  const history = (action: string, from: ArticleStatus | null, to: ArticleStatus, by: string, when: string, note = '', reasonCodes: string[] = []) =>
    out.history.push({ id: `h-${out.history.length + 1}`, articleId: article.id, action, from, to, by, at: when, note, reasonCodes });
  const revision = (when: string, sealed: boolean, body = article.body) =>
    out.revisions.push({
      rev: out.revisions.filter((r) => r.articleId === article.id).length + 1,
      articleId: article.id,
      at: when,
      by: article.authorId,
      title: article.title,
      sapo: article.sapo,
      body,
      sealed,
    });

  history('create', null, 'draft', article.authorId, article.createdAt);
  const submits = steps.filter((s) => s.action === 'submit').length;
  let submitted = 0;
  steps.forEach((step, k) => {
    const when = at(k);
    const rule = workflow[step.action];
    const by = rule.who === 'author' ? article.authorId : EIC_ID;
    if (step.action === 'submit') {
      submitted += 1;
      article.submittedAt = when;
      revision(when, true, submitted < submits ? earlierBody(article.body) : article.body);
    }
    if (step.reasonCodes) article.lastReason = { codes: step.reasonCodes, text: step.note ?? '', by, at: when };
    if (step.action === 'approve') article.lastReason = null;
    if (step.action === 'publish') article.publishedAt = when;
    if (step.action === 'request_changes') {
      out.notes.push({ id: `n-${out.notes.length + 1}`, articleId: article.id, by: EIC_ID, at: when, body: step.note ?? '' });
    }
    history(step.action, article.status, rule.to, by, when, step.note ?? '', step.reasonCodes ?? []);
    article.status = rule.to;
    article.updatedAt = when;
    article.version += 1;
  });
  if (!steps.length) {
    article.updatedAt = new Date(Math.min(created + rng.int(1, 20) * 60_000, base - 60_000)).toISOString();
    article.version += rng.int(1, 6);
    revision(article.updatedAt, false);
  }
  if (submits > 1) {
    const replyAt = new Date(Date.parse(article.updatedAt) - 30 * 60_000).toISOString();
    out.notes.push({ id: `n-${out.notes.length + 1}`, articleId: article.id, by: article.authorId, at: replyAt, body: 'Em đã bổ sung theo góp ý, anh xem lại giúp em ạ.' });
  }
}

/** `Tin khác`: published articles point at up to three earlier ones, preferring the same category. */
function linkRelated(articles: Article[], rng: Rng) {
  const published = articles.filter((a) => a.status === 'published' || a.status === 'approved' || a.status === 'in_review');
  for (const article of published) {
    if (!rng.chance(0.6)) continue;
    const candidates = articles
      .filter((a) => a.id !== article.id && a.status === 'published')
      .sort((a, b) => Number(b.categoryId === article.categoryId) - Number(a.categoryId === article.categoryId));
    article.relatedIds = candidates.slice(0, rng.int(1, 3)).map((a) => a.id);
  }
}
