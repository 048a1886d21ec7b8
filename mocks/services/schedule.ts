import { clock } from '../clock';
import { store } from '../store';
import { addHistory, sealRevisions } from './article-helpers';

/** Scheduled articles whose time has come go out; checked lazily on every request, like a cron tick. */
export function promoteDue(): void {
  const db = store.db;
  const now = clock.now().getTime();
  let changed = false;
  for (const article of db.articles) {
    if (article.status !== 'scheduled' || !article.scheduledAt) continue;
    if (Date.parse(article.scheduledAt) > now) continue;
    const at = article.scheduledAt;
    addHistory(db, article, { action: 'publish', from: 'scheduled', to: 'published', by: 'system', at });
    article.status = 'published';
    article.publishedAt = at;
    article.version += 1;
    article.updatedAt = clock.nowIso();
    sealRevisions(db, article.id);
    changed = true;
  }
  if (changed) store.written();
}
