// @vitest-environment node
import { coalesce, summarizeDiff } from '@/features/editor/autosave/diff-summary';
import { emptySnapshot } from '@/features/editor/autosave/snapshot';
import { withBody } from './fixtures';

describe('summarizeDiff', () => {
  it('shows a replaced title as one removal and one addition', () => {
    const from = { ...emptySnapshot(), title: 'Quận Gò Vấp: sơ kết' };
    const to = { ...emptySnapshot(), title: 'Tiêu đề trong bản nháp cũ' };
    const [title] = summarizeDiff(from, to).texts;
    expect(title.parts).toEqual([
      { value: 'Quận Gò Vấp: sơ kết', removed: true },
      { value: 'Tiêu đề trong bản nháp cũ', added: true },
    ]);
  });

  it('keeps unchanged words between changes and names the other fields that differ', () => {
    const from = withBody({ ...emptySnapshot(), tags: ['a'] }, 'Một hai ba bốn');
    const to = withBody({ ...emptySnapshot(), tags: ['b'] }, 'Một hai năm bốn');
    const diff = summarizeDiff(from, to);
    expect(diff.texts[0]).toEqual({
      field: 'body',
      parts: [{ value: 'Một hai ' }, { value: 'ba', removed: true }, { value: 'năm', added: true }, { value: ' bốn' }],
    });
    expect(diff.others).toEqual(['tags']);
  });

  it('coalesces alternating changes', () => {
    expect(coalesce([{ value: 'a', removed: true }, { value: 'b', added: true }, { value: ' ' }, { value: 'c', removed: true }, { value: 'd', added: true }])).toEqual([
      { value: 'a c', removed: true },
      { value: 'b d', added: true },
    ]);
  });
});
