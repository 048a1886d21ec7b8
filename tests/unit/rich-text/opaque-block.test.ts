import { renderArticleHtml } from '@/components/rich-text/render-html';

describe('opaque blocks', () => {
  it('renders markup the editor cannot represent as a visible label, as text, never as markup', () => {
    const html = renderArticleHtml({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Trước' }] },
        { type: 'opaqueBlock', attrs: { label: 'Nhúng YouTube', html: '<iframe src="https://www.youtube.com/embed/x" onload="alert(1)"></iframe>' } },
      ],
    });
    expect(html).toContain('Trước');
    expect(html).toContain('Nhúng YouTube');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelector('iframe')).toBeNull();
    expect(doc.querySelector('[onload]')).toBeNull();
    expect(doc.body.textContent).toContain('<iframe');
  });
});
