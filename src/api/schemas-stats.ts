import { z } from 'zod';
import { articleStatusSchema } from '@/domain';
import type { ArticleStats, CommentTrend, CommentTrends } from './port';

/**
 * Schemas of the dashboards' figures (`GET /articles/stats`, `GET /comments/trending`), in the style
 * of schemas.ts: adapters parse every response with them and the OpenAPI document describes them.
 */

const count = z.int().check(z.nonnegative());
const statusCounts = z.record(articleStatusSchema, count);

export const articleStatsQuerySchema = z.object({ days: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(90)), 30) });

export const articleStatsDaySchema = z.object({
  /** A calendar day in Vietnam time, `YYYY-MM-DD`. */
  date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
  /** How many articles entered each status that day (workflow steps, creation counted as `draft`). */
  entered: statusCounts,
});

export const articleStatsSchema = z.object({
  timeZone: z.string(),
  /** Oldest first, one entry per day, the last one today. */
  days: z.array(articleStatsDaySchema),
  /** How many articles hold each status now. */
  current: statusCounts,
}) satisfies z.ZodMiniType<ArticleStats>;

export const commentTrendsQuerySchema = z.object({
  hours: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(168)), 24),
  limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(50)), 5),
});

export const commentTrendSchema = z.object({
  articleId: z.string(),
  articleTitle: z.string(),
  /** Comments received in the last window, whatever became of them. */
  recent: count,
  /** Comments received in the window before it. */
  previous: count,
}) satisfies z.ZodMiniType<CommentTrend>;

export const commentTrendsSchema = z.object({
  hours: z.int().check(z.positive()),
  /** When the last window ends (the server's now), ISO instant. */
  until: z.string(),
  items: z.array(commentTrendSchema),
}) satisfies z.ZodMiniType<CommentTrends>;
