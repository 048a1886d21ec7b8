import { z } from 'zod';
import { ApiError } from '../../errors';
import type { NewsroomApi } from '../../port';
import { contentToDoc } from './content';
import { wpId, type WpContext } from './context';
import { toRevisionSummary, workflowMetaOf } from './mapper';
import { htmlToText } from './text';
import { wpPostSchema, wpRevisionSchema } from './wire';
import { historyOf } from './workflow';

const unsupported = (what: string) =>
  new ApiError({ kind: 'validation', status: 501, code: 'not_supported', message: `WordPress has no ${what} over its REST API.` });

/** History from the companion's workflow meta, revisions from WordPress's own; no notes or locks over REST. */
export function editorialApi(ctx: WpContext): Pick<NewsroomApi['articles'], 'history' | 'revisions' | 'revision' | 'notes' | 'addNote' | 'lock' | 'unlock'> {
  const { http } = ctx;
  return {
    async history(id) {
      const { data } = await http.json('GET', `wp/v2/posts/${wpId(id, 'article')}`, wpPostSchema, { query: { context: 'edit', _fields: 'id,status,modified_gmt,author,title,meta' } });
      return historyOf(id, workflowMetaOf(data));
    },
    async revisions(id) {
      const { data } = await http.json('GET', `wp/v2/posts/${wpId(id, 'article')}/revisions`, z.array(wpRevisionSchema), { query: { per_page: 100, context: 'edit' } });
      return data.map((r) => toRevisionSummary(id, r)).sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || b.rev - a.rev);
    },
    async revision(id, rev) {
      const { data } = await http.json('GET', `wp/v2/posts/${wpId(id, 'article')}/revisions/${Number(rev)}`, wpRevisionSchema, { query: { context: 'edit' } });
      return {
        ...toRevisionSummary(id, data),
        sapo: data.excerpt?.raw ?? htmlToText(data.excerpt?.rendered ?? ''),
        body: contentToDoc(data.content?.raw ?? data.content?.rendered ?? ''),
      };
    },
    notes: async () => [],
    addNote: async () => {
      throw unsupported('editorial notes');
    },
    lock: async () => {
      throw unsupported('edit locks (wp-admin keeps them in _edit_lock, refreshed by the Heartbeat)');
    },
    unlock: async () => {},
  };
}
