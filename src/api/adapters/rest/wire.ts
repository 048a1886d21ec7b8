import { z } from 'zod';
import {
  articleSchema,
  articleSummarySchema,
  auditEntrySchema,
  commenterBanSchema,
  bulkResultSchema,
  categorySchema,
  commentCountsSchema,
  commentSchema,
  commenterHistorySchema,
  historyEntrySchema,
  listOf,
  moderationRuleSchema,
  sessionSchema,
  userSchema,
} from '@/domain';
import {
  articleLockSchema,
  demoAccountSchema,
  editorialNoteSchema,
  mediaSchema,
  revisionSchema,
  revisionSummarySchema,
  slugAvailabilitySchema,
} from '../../schemas';
import { articleStatsSchema, commentTrendsSchema } from '../../schemas-stats';

/**
 * What each REST endpoint answers. The wire is the domain (docs/rest-contract.md), so these are the
 * domain schemas themselves; an endpoint whose wire differed would get its own schema and a mapper here.
 */
export const wire = {
  session: sessionSchema,
  user: userSchema,
  users: z.array(userSchema),
  articleList: listOf(articleSummarySchema),
  article: articleSchema,
  history: z.array(historyEntrySchema),
  revisions: z.array(revisionSummarySchema),
  revision: revisionSchema,
  notes: z.array(editorialNoteSchema),
  note: editorialNoteSchema,
  lock: articleLockSchema,
  slugAvailability: slugAvailabilitySchema,
  commentList: listOf(commentSchema),
  comment: commentSchema,
  commenterHistory: commenterHistorySchema,
  bulk: bulkResultSchema,
  counts: commentCountsSchema,
  rules: z.array(moderationRuleSchema),
  audit: listOf(auditEntrySchema),
  bans: z.array(commenterBanSchema),
  ban: commenterBanSchema,
  categories: z.array(categorySchema),
  tags: z.array(z.string()),
  media: mediaSchema,
  demoAccounts: z.array(demoAccountSchema),
  articleStats: articleStatsSchema,
  commentTrends: commentTrendsSchema,
} as const;
