import type { ModerationRule } from '../comment';
import { compileRules } from './compile';
import { scanComment, type ScanMatch } from './scan';

export type RulePreviewSample = { id: string; body: string; matches: ScanMatch[] };
export type RulePreview = { count: number; samples: RulePreviewSample[] };

/** What a rule being edited would flag among the given comments (e.g. the last 1,000): a count and the first samples. */
export function previewRule(
  rule: ModerationRule,
  comments: readonly { id: string; body: string }[],
  limit = 5,
): RulePreview {
  const compiled = compileRules([rule]);
  const samples: RulePreviewSample[] = [];
  let count = 0;
  for (const comment of comments) {
    const matches = scanComment(comment.body, compiled);
    if (matches.length === 0) continue;
    count += 1;
    if (samples.length < limit) samples.push({ id: comment.id, body: comment.body, matches });
  }
  return { count, samples };
}
