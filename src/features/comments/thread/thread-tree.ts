import type { Comment } from '@/domain';

export type ThreadLine = { comment: Comment; depth: number; role: 'parent' | 'focus' | 'reply' };

/** The comment's ancestors (oldest first), the comment, then its replies depth-first in time order. */
export function threadLines(all: readonly Comment[], focus: Comment): ThreadLine[] {
  const byId = new Map(all.map((c) => [c.id, c]));
  byId.set(focus.id, byId.get(focus.id) ?? focus);
  const ancestors: Comment[] = [];
  const seen = new Set<string>([focus.id]);
  for (let p = focus.parentId; p && !seen.has(p); ) {
    seen.add(p);
    const parent = byId.get(p);
    if (!parent) break;
    ancestors.unshift(parent);
    p = parent.parentId;
  }
  const children = new Map<string, Comment[]>();
  for (const c of byId.values()) {
    if (!c.parentId) continue;
    children.set(c.parentId, [...(children.get(c.parentId) ?? []), c]);
  }
  const lines: ThreadLine[] = ancestors.map((comment, depth) => ({ comment, depth, role: 'parent' }));
  const base = ancestors.length;
  lines.push({ comment: byId.get(focus.id)!, depth: base, role: 'focus' });
  const walk = (id: string, depth: number) => {
    const kids = [...(children.get(id) ?? [])].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
    for (const kid of kids) {
      if (seen.has(kid.id)) continue;
      seen.add(kid.id);
      lines.push({ comment: kid, depth, role: 'reply' });
      walk(kid.id, depth + 1);
    }
  };
  walk(focus.id, base + 1);
  return lines;
}
