import { defuseHtml } from '@/components/rich-text/defuse-html';
import { corpus } from '../../e2e/xss/corpus';

const dropped = (el: Element, name: string) => name.startsWith('on') || (el.localName === 'base' && name === 'href');

/** Every element of a parsed document, template contents included. */
function* elements(root: ParentNode): Generator<Element> {
  for (const el of Array.from(root.querySelectorAll('*'))) {
    yield el;
    if (el instanceof HTMLTemplateElement) yield* elements(el.content);
  }
}

const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/** What the browser builds from `html`, less the attributes defusing drops: the oracle. */
function expected(html: string): string {
  const doc = parse(html);
  for (const el of elements(doc)) for (const a of Array.from(el.attributes)) if (dropped(el, a.name)) el.removeAttribute(a.name);
  return doc.documentElement.outerHTML;
}

const hasDropped = (html: string) => Array.from(elements(parse(html))).some((el) => Array.from(el.attributes).some((a) => dropped(el, a.name)));

describe('defuseHtml', () => {
  it.each(corpus.map((p) => [p.n, p.kind, p.text] as const))('payload %i (%s) parses to the same tree less handlers', (_n, _kind, text) => {
    const defused = defuseHtml(text);
    expect(parse(defused).documentElement.outerHTML).toBe(expected(text));
    expect(hasDropped(defused)).toBe(false);
  });

  it('handles the corpus as one pasted document, wrapped the way Google Docs wraps it', () => {
    const html = `<html><body><!--StartFragment--><b style="font-weight:normal">${corpus.map((p) => `<p>${p.n}: ${p.text}</p>`).join('')}</b><!--EndFragment--></body></html>`;
    const defused = defuseHtml(html);
    expect(parse(defused).documentElement.outerHTML).toBe(expected(html));
    expect(hasDropped(defused)).toBe(false);
  });

  it.each([
    ['text that only looks like an attribute', '<p>x onclick=y &quot; onmouseover=&quot;z</p>'],
    ['raw text', '<style>a[onclick=x]{}</style><textarea><img onerror=x></textarea><title><b onclick=x></title><xmp><i onclick=x></xmp>'],
    ['a comment', '<!-- <img onerror=x> --><p>after</p><!--> <img src onerror=x> -->'],
    ['CDATA in SVG, a bogus comment in HTML', '<svg><![CDATA[ <img onerror=x> ]]></svg><![CDATA[ <img onerror=y> ]]>'],
    ['SVG style is markup, a breakout tag leaves SVG', '<svg><style><img src onerror=x></style></svg><svg><p><style><img onerror=y></style></p></svg>'],
    ['MathML text integration points', '<math><mtext><style><img onerror=x></style><mglyph><style><img onerror=y></style></mglyph></mtext></math>'],
    ['annotation-xml as HTML', '<math><annotation-xml encoding="text/html"><style><img onerror=x></style></annotation-xml></math>'],
    ['quotes, slashes and spacing', '<img/src=x/onerror=y><img src="a"onerror="b"alt=c><img src = x onerror = y ><p ONCLICK=x =onclick=y>t</p>'],
    ['base and duplicates', '<base href="//evil/" target=_blank><img onerror=a title=t onerror=b>'],
    ['an unfinished tag', '<p>ok</p><img src=x onerror="y'],
  ])('%s', (_name, html) => {
    const defused = defuseHtml(html);
    expect(parse(defused).documentElement.outerHTML).toBe(expected(html));
    expect(hasDropped(defused)).toBe(false);
  });

  it('leaves HTML without handlers as it was', () => {
    const html = '<p class="MsoNormal">Chữ <b>đậm</b> <a href="https://example.vn">liên kết</a> online=1</p>';
    expect(defuseHtml(html)).toBe(html);
  });
});
