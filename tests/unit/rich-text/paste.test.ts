import { cleanPastedHtml } from '@/components/rich-text/paste';

function dom(html: string) {
  const div = document.createElement('div');
  div.innerHTML = html;
  return div;
}

describe('cleanPastedHtml', () => {
  it('keeps structure and emphasis, drops styles, classes, ids and scripts', () => {
    const html = cleanPastedHtml(
      '<h1 class="x" style="color:red">Tiêu đề</h1><p class="MsoNormal" id="p1" style="margin:0" data-x="1" onclick="alert(1)">Chữ <b>đậm</b> <i>nghiêng</i> <a href="https://example.vn" style="color:blue">liên kết</a></p><script>alert(1)</script><style>p{}</style><ul><li>một</li></ul>',
    );
    const root = dom(html);
    expect(root.querySelector('h2')?.textContent).toBe('Tiêu đề');
    expect(root.querySelector('b')?.textContent).toBe('đậm');
    expect(root.querySelector('i')?.textContent).toBe('nghiêng');
    expect(root.querySelector('a')?.getAttribute('href')).toBe('https://example.vn');
    expect(root.querySelector('ul li')?.textContent).toBe('một');
    expect(html).not.toMatch(/class=|style=|id=|data-x|onclick|script|p\{\}/);
  });

  it('reads Google Docs emphasis from styles and ignores its normal-weight wrapper', () => {
    const html = cleanPastedHtml(
      '<b style="font-weight:normal;" id="docs-internal-guid-1"><p><span style="font-weight:700">Đậm</span><span style="font-style:italic">Nghiêng</span><span style="font-weight:400">Thường</span></p></b>',
    );
    const root = dom(html);
    expect(root.querySelector('b')).toBeNull();
    expect(root.querySelector('strong')?.textContent).toBe('Đậm');
    expect(root.querySelector('em')?.textContent).toBe('Nghiêng');
    expect(root.textContent).toBe('ĐậmNghiêngThường');
  });

  it('refuses unsafe links and images', () => {
    const root = dom(cleanPastedHtml('<p><a href="javascript:alert(1)">x</a><img src="data:image/svg+xml;base64,AAA" onerror="alert(1)"></p>'));
    expect(root.querySelector('a')?.hasAttribute('href')).toBe(false);
    expect(root.querySelector('img')).toBeNull();
  });

  it('normalises text to NFC', () => {
    const nfd = 'Quận 8'.normalize('NFD');
    const out = dom(cleanPastedHtml(`<p>${nfd}</p>`)).textContent!;
    expect(out).toBe('Quận 8'.normalize('NFC'));
    expect(out).not.toBe(nfd);
  });
});
