import type { TFunction } from 'i18next';
import type { Comment } from '@/domain';
import classes from './comment-row.module.css';

/** Why the rules flagged it: each rule once, with the words it caught in the text. */
export function FlagReasons({ comment, t }: { comment: Comment; t: TFunction<'comments'> }) {
  if (comment.flags.length === 0) return null;
  const byRule = new Map<string, { term: string; severity: 'block' | 'suspect'; found: string[] }>();
  for (const f of comment.flags) {
    const entry = byRule.get(f.ruleId) ?? { term: f.term, severity: f.severity, found: [] };
    const found = comment.body.slice(f.start, f.end);
    if (!entry.found.includes(found)) entry.found.push(found);
    byRule.set(f.ruleId, entry);
  }
  return (
    <div className={classes.flags}>
      <span className={classes.dim}>{t('row.flaggedBy')}</span>
      {[...byRule.values()].map((r) => (
        <span
          key={r.term}
          className={`${classes.badge} ${classes.outline} ${r.severity === 'block' ? classes.red : classes.orange}`}
          title={t('row.flagFound', { found: r.found.join(', ') })}
        >
          {t('row.flagRule', { term: r.term, severity: t(`severity.${r.severity}`) })}
        </span>
      ))}
    </div>
  );
}
