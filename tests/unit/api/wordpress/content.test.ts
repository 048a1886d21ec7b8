import { contentToDoc, docToContent, nodeKey } from '@/api/adapters/wordpress/content';
import type { TiptapDoc, TiptapNode } from '@/domain';

const p = (html: string) => `<!-- wp:paragraph -->\n<p>${html}</p>\n<!-- /wp:paragraph -->`;
const EMBED = `<!-- wp:embed {"url":"https://www.youtube.com/watch?v=x","providerNameSlug":"youtube"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://www.youtube.com/watch?v=x\n</div></figure>\n<!-- /wp:embed -->`;
const SHORTCODE = '<!-- wp:shortcode -->\n[gallery ids="1,2"]\n<!-- /wp:shortcode -->';
const IFRAME = '<!-- wp:html -->\n<iframe src="https://maps.example/embed" title="Bản đồ"></iframe>\n<!-- /wp:html -->';
const POST = [
  p('Tuyến metro có <strong>10 ga ngầm</strong> và <a href="https://example.test/metro">thông tin</a>.'),
  '<!-- wp:heading {"level":3} -->\n<h3>Tổng vốn</h3>\n<!-- /wp:heading -->',
  '<!-- wp:list -->\n<ul><!-- wp:list-item -->\n<li>Chiều dài: 11,3 km</li>\n<!-- /wp:list-item -->\n\n<!-- wp:list-item -->\n<li>Số ga: 11</li>\n<!-- /wp:list-item --></ul>\n<!-- /wp:list -->',
  EMBED,
  SHORTCODE,
  IFRAME,
  '<!-- wp:image -->\n<figure class="wp-block-image"><img src="https://example.test/a.jpg" alt="Ga Bến Thành"/><figcaption class="wp-element-caption">Công trường</figcaption></figure>\n<!-- /wp:image -->',
  '<!-- wp:separator -->\n<hr class="wp-block-separator has-alpha-channel-opacity"/>\n<!-- /wp:separator -->',
].join('\n\n');

const types = (doc: TiptapDoc) => doc.content?.map((n) => (n.type === 'opaqueBlock' ? `opaque:${n.attrs?.label}` : n.type));
const text = (t: string, marks?: TiptapNode['marks']): TiptapNode => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t });

describe('WordPress content → editor document', () => {
  it('maps the blocks the editor has and keeps the others as opaque blocks', () => {
    const doc = contentToDoc(POST);
    expect(types(doc)).toEqual(['paragraph', 'heading', 'bulletList', 'opaque:embed · youtube', 'opaque:shortcode', 'opaque:html', 'figure', 'horizontalRule']);
    expect(doc.content![0].content).toEqual([
      text('Tuyến metro có '),
      text('10 ga ngầm', [{ type: 'bold' }]),
      text(' và '),
      text('thông tin', [{ type: 'link', attrs: { href: 'https://example.test/metro', target: null, rel: null, class: null, title: null } }]),
      text('.'),
    ]);
    expect(doc.content![1]).toEqual({ type: 'heading', attrs: { level: 3 }, content: [text('Tổng vốn')] });
    expect(doc.content![3].attrs?.html).toBe(EMBED);
    expect(doc.content![6]).toEqual({ type: 'figure', attrs: { src: 'https://example.test/a.jpg', alt: 'Ga Bến Thành' }, content: [text('Công trường')] });
  });

  it('keeps a block whose settings the editor would lose as opaque', () => {
    const centred = '<!-- wp:paragraph {"align":"center"} -->\n<p class="has-text-align-center">Giữa</p>\n<!-- /wp:paragraph -->';
    const styled = p('Chữ <span style="color:red">đỏ</span>');
    const quote = '<!-- wp:quote -->\n<blockquote class="wp-block-quote"><!-- wp:paragraph -->\n<p>Trích</p>\n<!-- /wp:paragraph --><cite>Ai đó</cite></blockquote>\n<!-- /wp:quote -->';
    for (const block of [centred, styled, quote, '<!-- wp:heading {"level":1} -->\n<h1>H1</h1>\n<!-- /wp:heading -->']) {
      expect(contentToDoc(block).content).toEqual([{ type: 'opaqueBlock', attrs: { html: block, label: expect.any(String) } }]);
    }
  });

  it('reads classic content: blank lines are paragraphs, single newlines breaks, a shortcode line opaque', () => {
    const doc = contentToDoc('Dòng một\nDòng hai\n\n[caption id="1"]<img src="a.jpg"> Chú thích[/caption]\n\n<h3>Tiêu đề</h3>\n\nCuối <em>bài</em>.\n');
    expect(types(doc)).toEqual(['paragraph', 'opaque:shortcode [caption]', 'heading', 'paragraph']);
    expect(doc.content![0].content).toEqual([text('Dòng một'), { type: 'hardBreak' }, text('Dòng hai')]);
  });

  it('gives an empty post one empty paragraph', () => {
    expect(contentToDoc('')).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] });
  });
});

describe('editor document → WordPress content', () => {
  it('writes nothing back for an unmodified document, even with the editor’s trailing paragraph', () => {
    const doc = contentToDoc(POST);
    expect(docToContent(doc, POST)).toBeNull();
    expect(docToContent({ ...doc, content: [...doc.content!, { type: 'paragraph' }] }, POST)).toBeNull();
  });

  it('reuses the stored text of untouched blocks byte for byte, opaque ones included', () => {
    const doc = contentToDoc(POST);
    const added: TiptapNode = { type: 'paragraph', content: [text('Mới & <b>', [{ type: 'italic' }])] };
    const out = docToContent({ type: 'doc', content: [...doc.content!.slice(1), added] }, POST)!;
    expect(out).toBe(`${POST.slice(POST.indexOf('<!-- wp:heading'))}\n\n${p('<em>Mới &amp; &lt;b&gt;</em>')}`);
    for (const kept of [EMBED, SHORTCODE, IFRAME]) expect(out).toContain(kept);
  });

  it('serializes edited nodes as block markup that reads back to the same document', () => {
    const doc: TiptapDoc = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [text('Tựa')] },
        { type: 'paragraph', content: [text('a', [{ type: 'bold' }, { type: 'link', attrs: { href: 'https://x.test/?a=1&b=2', target: '_blank', rel: 'noopener noreferrer' } }]), { type: 'hardBreak' }, text('b')] },
        { type: 'orderedList', attrs: { start: 1 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('một')] }] }] },
        { type: 'blockquote', content: [{ type: 'paragraph', content: [text('trích')] }] },
        { type: 'figure', attrs: { src: 'https://x.test/a.jpg', alt: 'Ảnh "đẹp"' }, content: [text('Chú thích')] },
        { type: 'opaqueBlock', attrs: { html: SHORTCODE, label: 'shortcode' } },
      ],
    };
    const out = docToContent(doc, '')!;
    expect(out).toContain('<!-- wp:heading -->\n<h2>Tựa</h2>\n<!-- /wp:heading -->');
    expect(out).toContain('<!-- wp:list {"ordered":true} -->');
    expect(out).toContain(SHORTCODE);
    expect(contentToDoc(out).content!.map(nodeKey)).toEqual(doc.content!.map(nodeKey));
  });

  it('keeps a classic post classic', () => {
    const stored = 'Đoạn một.\n\n[gallery]\n\nĐoạn hai.';
    const doc = contentToDoc(stored);
    const out = docToContent({ type: 'doc', content: [...doc.content!, { type: 'paragraph', content: [text('Đoạn ba.')] }] }, stored);
    expect(out).toBe(`${stored}\n\nĐoạn ba.`);
  });

  it('ignores attribute noise the editor adds when comparing', () => {
    const a: TiptapNode = { type: 'paragraph', content: [text('x', [{ type: 'link', attrs: { href: 'h', target: null } }, { type: 'bold' }])] };
    const b: TiptapNode = { type: 'paragraph', content: [text('x', [{ type: 'bold' }, { type: 'link', attrs: { href: 'h', rel: null, class: null } }])] };
    expect(nodeKey(a)).toBe(nodeKey(b));
    expect(nodeKey(a)).not.toBe(nodeKey({ type: 'paragraph', content: [text('y')] }));
  });
});
