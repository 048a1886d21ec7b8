// @vitest-environment node
import { bodyText, diffArticle, diffWords, hasChanges } from '@/components/diff/word-diff';
import type { TiptapDoc } from '@/domain';

const doc = (...paragraphs: string[]): TiptapDoc => ({
  type: 'doc',
  content: paragraphs.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })),
});

describe('word diff', () => {
  it('marks whole words added and removed, keeping the rest', () => {
    const parts = diffWords('Thành phố triển khai chương trình', 'Thành phố khẩn trương triển khai kế hoạch');
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text.trim())).toEqual(['khẩn trương', 'kế hoạch']);
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text.trim())).toEqual(['chương trình']);
    expect(parts.filter((p) => p.kind === 'same').map((p) => p.text).join('')).toContain('Thành phố');
  });

  it('treats composed and decomposed Vietnamese as the same text', () => {
    expect(hasChanges(diffWords('Hồ Chí Minh', 'Hồ Chí Minh'.normalize('NFD')))).toBe(false);
  });

  it('reads the body as plain text with a blank line between paragraphs', () => {
    expect(bodyText(doc('Đoạn một.', 'Đoạn hai.'))).toBe('Đoạn một.\n\nĐoạn hai.');
  });

  it('compares title, sapo and body separately', () => {
    const before = { title: 'Tiêu đề cũ', sapo: 'Sapo', body: doc('Một', 'Hai') };
    const after = { title: 'Tiêu đề mới', sapo: 'Sapo', body: doc('Một', 'Hai', 'Ba') };
    const d = diffArticle(before, after);
    expect(hasChanges(d.title)).toBe(true);
    expect(hasChanges(d.sapo)).toBe(false);
    expect(d.body.filter((p) => p.kind === 'added').map((p) => p.text).join('')).toBe('\n\nBa');
  });
});
