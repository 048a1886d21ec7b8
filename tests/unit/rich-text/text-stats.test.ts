// @vitest-environment node
import { plainText, textStats } from '@/components/rich-text/text-stats';

describe('text statistics', () => {
  it('counts Vietnamese words, characters and reading time', () => {
    expect(textStats('Quận 8: tập trung  tham mưu – 2021')).toEqual({ words: 7, characters: 34, readingMinutes: 1 });
    expect(textStats('')).toEqual({ words: 0, characters: 0, readingMinutes: 0 });
    expect(textStats(Array(401).fill('chữ').join(' ')).readingMinutes).toBe(3);
  });

  it('extracts plain text, one line per block', () => {
    expect(
      plainText({
        type: 'doc',
        content: [
          { type: 'paragraph', content: [{ type: 'text', text: 'Một ' }, { type: 'text', text: 'hai', marks: [{ type: 'bold' }] }] },
          { type: 'paragraph', content: [{ type: 'text', text: 'Ba' }] },
        ],
      }),
    ).toBe('Một hai\nBa');
  });
});
