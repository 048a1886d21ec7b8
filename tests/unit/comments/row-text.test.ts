// @vitest-environment node
import i18next from 'i18next';
import { compiledT } from '@/features/comments/queue/row-text';

async function instance() {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'vi',
    resources: {
      vi: {
        comments: {
          staff: 'Ban biên tập',
          select: 'Chọn bình luận của {{author}}',
          decided: '{{by}} · {{status}}',
          reports_other: '{{count}} lượt báo cáo',
        },
      },
    },
    ns: ['comments'],
    defaultNS: 'comments',
    interpolation: { escapeValue: false },
  });
  return i18n;
}

describe('compiledT', () => {
  it('answers what i18next answers, interpolations included, and looks each key up once', async () => {
    const i18n = await instance();
    const t = vi.fn(i18n.getFixedT('vi', 'comments'));
    const fast = compiledT(t as never) as unknown as (key: string, options?: Record<string, unknown>) => string;
    expect(fast('staff')).toBe('Ban biên tập');
    expect(fast('select', { author: 'Trần <b>An</b> {{x}}' })).toBe('Chọn bình luận của Trần <b>An</b> {{x}}');
    expect(fast('select', { author: 'Lê Bích' })).toBe('Chọn bình luận của Lê Bích');
    expect(fast('decided', { by: 'Hà', status: 'Đã duyệt' })).toBe('Hà · Đã duyệt');
    expect(fast('staff')).toBe('Ban biên tập');
    // One lookup per key (and set of names), however many rows ask.
    expect(t).toHaveBeenCalledTimes(3);
    // Plurals go through i18next every time.
    expect(fast('reports', { count: 3 })).toBe('3 lượt báo cáo');
    expect(t).toHaveBeenCalledTimes(4);
  });
});
