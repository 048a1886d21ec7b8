import { z } from 'zod';
import { articleStatusSchema } from '@/domain';
import type { ArticleStats, CommentTrend, CommentTrends } from './port';

/**
 * Schemas of the dashboards' figures (`GET /articles/stats`, `GET /comments/trending`), in the style
 * of schemas.ts: adapters parse every response with them and the OpenAPI document describes them.
 */

const count = z.number().int().nonnegative();
const statusCounts = z.record(articleStatusSchema, count);

export const articleStatsQuerySchema = z.object({ days: z.coerce.number().int().min(1).max(90).default(30) });

export const articleStatsDaySchema = z.object({
  /** A calendar day in Vietnam time, `YYYY-MM-DD`. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** How many articles entered each status that day (workflow steps, creation counted as `draft`). */
  entered: statusCounts,
});

export const articleStatsSchema = z.object({
  timeZone: z.string(),
  /** Oldest first, one entry per day, the last one today. */
  days: z.array(articleStatsDaySchema),
  /** How many articles hold each status now. */
  current: statusCounts,
}) satisfies z.ZodType<ArticleStats>;

export const commentTrendsQuerySchema = z.object({
  hours: z.coerce.number().int().min(1).max(168).default(24),
  limit: z.coerce.number().int().min(1).max(50).default(5),
});

export const commentTrendSchema = z.object({
  articleId: z.string(),
  articleTitle: z.string(),
  /** Comments received in the last window, whatever became of them. */
  recent: count,
  /** Comments received in the window before it. */
  previous: count,
}) satisfies z.ZodType<CommentTrend>;

export const commentTrendsSchema = z.object({
  hours: z.number().int().positive(),
  /** When the last window ends (the server's now), ISO instant. */
  until: z.string(),
  items: z.array(commentTrendSchema),
}) satisfies z.ZodType<CommentTrends>;
