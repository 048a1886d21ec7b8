import type { Article } from '@/domain';
import type { AuditEntry, StoredComment } from '../db';
import type { Rng } from '../prng';
import {
  abusiveComments,
  markupComments,
  ordinaryComments,
  questionComments,
  readerReplies,
  spamComments,
  staffReplies,
} from './comment-text';
import { createCommenters, createSpammers, createTrolls, type Commenter } from './commenters';
import { localities } from './topic';
import { EIC_ID, MODERATOR_IDS, seedUsers } from './users';

const MINUTE = 60_000;
export const STAFF_AUTHOR = { name: 'Ban Biên tập Thanhuytphcm.vn', email: 'bientap@thanhuytphcm.vn', ipHash: 'staff' };

type Kind = 'ordinary' | 'question' | 'spam' | 'abusive' | 'reply' | 'markup';
export type CommentSeed = { comments: StoredComment[]; audit: AuditEntry[]; regular: number };

export function seedComments(rng: Rng, articles: Article[], base: number, extraPending: number): CommentSeed {
  const out: CommentSeed = { comments: [], audit: [], regular: 0 };
  const readers = createCommenters(rng, 140);
  const spammers = createSpammers();
  const trolls = createTrolls();
  const moderators = [...MODERATOR_IDS, MODERATOR_IDS[0], EIC_ID].map((id) => seedUsers.find((u) => u.id === id)!);
  const open = articles.filter((a) => a.publishedAt && (a.status === 'published' || a.status === 'unpublished'));
  let markup = 0;

  const add = (article: Article, who: Commenter, body: string, at: number, status: StoredComment['status'], extra: Partial<StoredComment> = {}) => {
    const comment: StoredComment = {
      id: `c-${out.comments.length + 1}`,
      articleId: article.id,
      parentId: null,
      authorName: who.name,
      email: who.email,
      ...(who.url ? { url: who.url } : {}),
      ipHash: who.ipHash,
      body,
      createdAt: new Date(at).toISOString(),
      status,
      reports: 0,
      staffReply: false,
      flags: [],
      version: 0,
      moderatedBy: null,
      moderatedAt: null,
      ...extra,
    };
    if (status !== 'pending' && !comment.staffReply) {
      const mod = rng.pick(moderators);
      const when = new Date(Math.min(at + rng.int(5, 300) * MINUTE, base - MINUTE)).toISOString();
      Object.assign(comment, { version: 1, moderatedBy: mod.name, moderatedAt: when });
      const action = status === 'approved' ? 'approve' : status === 'rejected' ? 'reject' : 'spam';
      out.audit.push({ id: `m-${out.audit.length + 1}`, at: when, by: mod.id, byName: mod.name, action, commentId: comment.id, articleId: article.id, from: 'pending', to: status, note: '' });
    }
    out.comments.push(comment);
    return comment;
  };

  open.forEach((article, ai) => {
    const start = Date.parse(article.publishedAt!);
    const end = Math.min(base - 2 * MINUTE, start + 5 * 24 * 60 * MINUTE);
    const count = article.status === 'published' ? rng.int(18, 38) : rng.int(8, 16);
    const times = Array.from({ length: count }, () => rng.int(start + MINUTE, Math.max(start + 2 * MINUTE, end))).sort((a, b) => a - b);
    const onArticle: StoredComment[] = [];
    const loc = localities[ai % localities.length].name;
    for (const at of times) {
      const r = rng.next();
      let kind: Kind = r < 0.66 ? 'ordinary' : r < 0.74 ? 'question' : r < 0.83 ? 'spam' : r < 0.93 ? 'abusive' : 'reply';
      if (ai % 7 === 3 && markup < markupComments.length && onArticle.length === 2) kind = 'markup';
      const approvedEarlier = onArticle.filter((c) => c.status === 'approved' && !c.parentId);
      if (kind === 'reply' && !approvedEarlier.length) kind = 'ordinary';
      const s = rng.next();
      if (kind === 'ordinary' || kind === 'question') {
        const text = (kind === 'question' ? rng.pick(questionComments) : rng.pick(ordinaryComments)).replaceAll('{loc}', loc);
        const status = s < 0.68 ? 'approved' : s < 0.93 ? 'pending' : 'rejected';
        const reports = status === 'approved' && rng.chance(0.05) ? rng.int(1, 2) : 0;
        const c = add(article, rng.pick(readers), text, at, status, { reports });
        onArticle.push(c);
        if (kind === 'question' && status === 'approved' && rng.chance(0.6)) {
          const mod = rng.pick(moderators);
          const replyAt = Math.min(at + rng.int(30, 900) * MINUTE, base - MINUTE);
          add(article, STAFF_AUTHOR, rng.pick(staffReplies), replyAt, 'approved', {
            parentId: c.id,
            staffReply: true,
            version: 1,
            moderatedBy: mod.name,
            moderatedAt: new Date(replyAt).toISOString(),
          });
        }
      } else if (kind === 'spam') {
        const status = s < 0.7 ? 'spam' : 'pending';
        const reports = status === 'pending' && rng.chance(0.3) ? rng.int(1, 3) : 0;
        add(article, rng.pick(spammers), rng.pick(spamComments), at, status, { reports });
      } else if (kind === 'abusive') {
        const status = s < 0.5 ? 'rejected' : s < 0.9 ? 'pending' : 'spam';
        const reports = status === 'pending' && rng.chance(0.7) ? rng.int(1, 6) : 0;
        const who = rng.chance(0.6) ? rng.pick(trolls) : rng.pick(readers);
        onArticle.push(add(article, who, rng.pick(abusiveComments), at, status, { reports }));
      } else if (kind === 'reply') {
        const parent = rng.pick(approvedEarlier);
        onArticle.push(add(article, rng.pick(readers), rng.pick(readerReplies), at, s < 0.7 ? 'approved' : 'pending', { parentId: parent.id }));
      } else {
        add(article, { name: markup === 1 ? '<b>Khách</b>' : rng.pick(readers).name, email: `guest${markup}@example.com`, ipHash: `markup${markup}` }, markupComments[markup], at, 'pending');
        markup += 1;
      }
    }
  });
  out.regular = out.comments.length;
  const old = open.filter((a) => a.status === 'published' && Date.parse(a.publishedAt!) < base - 3 * 24 * 60 * MINUTE);
  addPending(out, rng, old, readers, base, extraPending);
  return out;
}

/** Bulk pending comments for benchmarks: cheap to make, spread over the minutes before the base. */
function addPending(out: CommentSeed, rng: Rng, articles: Article[], readers: Commenter[], base: number, count: number) {
  for (let i = 0; i < count; i++) {
    const article = articles[i % articles.length];
    const who = readers[i % readers.length];
    const roll = rng.next();
    const body = roll < 0.85 ? ordinaryComments[i % ordinaryComments.length].replaceAll('{loc}', 'quận') : roll < 0.93 ? spamComments[i % spamComments.length] : abusiveComments[i % abusiveComments.length];
    out.comments.push({
      id: `c-${out.comments.length + 1}`,
      articleId: article.id,
      parentId: null,
      authorName: who.name,
      email: who.email,
      ipHash: who.ipHash,
      body,
      createdAt: new Date(base - (count - i) * 15_000).toISOString(),
      status: 'pending',
      reports: 0,
      staffReply: false,
      flags: [],
      version: 0,
      moderatedBy: null,
      moderatedAt: null,
    });
  }
}
