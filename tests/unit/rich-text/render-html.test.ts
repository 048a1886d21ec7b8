import type { TiptapDoc, TiptapNode } from '@/domain';
import { Editor } from '@tiptap/core';
import { articleExtensions } from '@/components/rich-text/extensions';
import { fitToSchema, renderArticleHtml } from '@/components/rich-text/render-html';

const text = (t: string, marks?: TiptapNode['marks']): TiptapNode => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });
const p = (...content: TiptapNode[]): TiptapNode => ({ type: 'paragraph', content });
const doc = (...content: TiptapNode[]): TiptapDoc => ({ type: 'doc', content });
const link = (href: string) => [{ type: 'link', attrs: { href } }];

function dom(html: string) {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('renderArticleHtml', () => {
  it('renders the structure the editor produces', () => {
    const html = renderArticleHtml(
      doc(
        { type: 'heading', attrs: { level: 2 }, content: [text('Tiêu đề phụ')] },
        p(text('Đậm', [{ type: 'bold' }]), text(' và '), text('nghiêng', [{ type: 'italic' }])),
        { type: 'bulletList', content: [{ type: 'listItem', content: [p(text('Một'))] }] },
        { type: 'figure', attrs: { src: 'https://cdn.example.vn/a.jpg', alt: 'Hội nghị' }, content: [text('Quang cảnh hội nghị')] },
        {
          type: 'table',
          content: [{ type: 'tableRow', content: [{ type: 'tableHeader', content: [p(text('Cột'))] }] }],
        },
      ),
    );
    const root = dom(html);
    expect(root.querySelector('h2')?.textContent).toBe('Tiêu đề phụ');
    expect(root.querySelector('strong')?.textContent).toBe('Đậm');
    expect(root.querySelector('em')?.textContent).toBe('nghiêng');
    expect(root.querySelector('ul li')?.textContent).toBe('Một');
    expect(root.querySelector('figure img')?.getAttribute('src')).toBe('https://cdn.example.vn/a.jpg');
    expect(root.querySelector('figure img')?.getAttribute('alt')).toBe('Hội nghị');
    expect(root.querySelector('figure figcaption')?.textContent).toBe('Quang cảnh hội nghị');
    expect(root.querySelector('table th')?.textContent).toBe('Cột');
  });

  it('gives safe links rel="noopener noreferrer"', () => {
    const a = dom(renderArticleHtml(doc(p(text('nguồn', link('https://example.vn')))))).querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.vn');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.getAttribute('target')).toBe('_blank');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:x', ' jav&#x09;ascript:alert(1)'])(
    'never outputs the href %j',
    (href) => {
      const html = renderArticleHtml(doc(p(text('bấm', link(href)))));
      expect(html).not.toMatch(/javascript|vbscript|data:text/i);
      expect(dom(html).textContent).toBe('bấm');
    },
  );

  it('treats markup inside text as text', () => {
    const payloads = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>'];
    const html = renderArticleHtml(doc(...payloads.map((x) => p(text(x)))));
    const root = dom(html);
    expect(root.querySelector('script, img, svg')).toBeNull();
    expect(root.textContent).toBe(payloads.join(''));
  });

  it('drops unsafe image sources and escapes hostile alt and caption text', () => {
    const html = renderArticleHtml(
      doc(
        { type: 'figure', attrs: { src: 'javascript:alert(1)', alt: 'x' }, content: [text('a')] },
        { type: 'figure', attrs: { src: 'data:image/svg+xml;base64,PHN2Zz4=', alt: 'x' }, content: [text('b')] },
        {
          type: 'figure',
          attrs: { src: 'https://cdn.example.vn/a.jpg" onerror="alert(1)', alt: '" onerror="alert(1)' },
          content: [text('<img src=x onerror=alert(1)>')],
        },
      ),
    );
    const root = dom(html);
    expect(html).not.toContain('javascript:');
    expect(html).not.toContain('svg+xml');
    const imgs = root.querySelectorAll('img');
    expect(imgs).toHaveLength(1);
    expect(imgs[0].getAttribute('onerror')).toBeNull();
    expect(imgs[0].getAttribute('alt')).toBe('" onerror="alert(1)');
    expect(root.querySelectorAll('figcaption')[2].textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('skips unknown node types and attributes instead of failing', () => {
    const html = renderArticleHtml(
      doc(
        { type: 'iframe', attrs: { src: 'https://evil.example' } },
        { type: 'paragraph', attrs: { style: 'color:red', onclick: 'alert(1)' }, content: [text('còn lại')] },
      ),
    );
    expect(html).toBe('<p>còn lại</p>');
  });
});

describe('fitToSchema', () => {
  it('drops only the node and mark types the editor does not know, so the editor opens the rest', () => {
    const stored = doc(
      p(text('trước')),
      { type: 'rawHtml', attrs: { html: '<img src=x onerror=alert(1)>' } },
      p(text('đậm', [{ type: 'blink' }, { type: 'bold' }])),
    );
    const fitted = fitToSchema(stored);
    expect(fitted).toEqual(doc(p(text('trước')), p(text('đậm', [{ type: 'bold' }]))));
    const editor = new Editor({ extensions: articleExtensions(), content: fitted });
    expect(editor.getText()).toBe('trước\n\nđậm');
    editor.destroy();
  });
});
