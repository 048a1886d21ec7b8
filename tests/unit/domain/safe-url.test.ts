// @vitest-environment node
import { isSafeHref, isSafeImageSrc, isDisplayableImageSrc, normalizeHref } from '@/domain';

describe('link and image URL rules', () => {
  it.each(['https://thanhuytphcm.vn/a', 'http://example.com', 'mailto:toasoan@example.vn', 'tel:+842838291234'])(
    'accepts %s',
    (href) => expect(isSafeHref(href)).toBe(true),
  );

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' java\tscript:alert(1)',
    'java\u0000script:alert(1)',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'vbscript:msgbox(1)',
    'ftp://example.com',
    '/relative',
    '',
    'https://',
  ])('refuses %j', (href) => expect(isSafeHref(href)).toBe(false));

  it('completes what people type and refuses dangerous schemes with a reason', () => {
    expect(normalizeHref('vnexpress.net/thoi-su')).toEqual({ ok: true, href: 'https://vnexpress.net/thoi-su' });
    expect(normalizeHref('toasoan@example.vn')).toEqual({ ok: true, href: 'mailto:toasoan@example.vn' });
    expect(normalizeHref('028 3829 1234')).toEqual({ ok: true, href: 'tel:02838291234' });
    expect(normalizeHref('javascript:alert(1)')).toEqual({ ok: false, reason: 'unsafe' });
    expect(normalizeHref('data:text/html,x')).toEqual({ ok: false, reason: 'unsafe' });
    expect(normalizeHref('  ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('allows raster images only', () => {
    expect(isSafeImageSrc('https://cdn.example.vn/a.jpg')).toBe(true);
    expect(isSafeImageSrc('/media/a.jpg')).toBe(true);
    expect(isSafeImageSrc('data:image/png;base64,iVBORw0KGgo=')).toBe(true);
    expect(isSafeImageSrc('data:image/svg+xml;base64,PHN2Zz4=')).toBe(false);
    expect(isSafeImageSrc('javascript:alert(1)')).toBe(false);
    expect(isSafeImageSrc('//evil.example/a.jpg')).toBe(false);
  });

  it('draws an SVG as the featured photo, where it cannot run script, but nothing else unsafe', () => {
    expect(isDisplayableImageSrc('data:image/svg+xml,%3Csvg%3E')).toBe(true);
    expect(isDisplayableImageSrc('https://cdn.example.vn/a.jpg')).toBe(true);
    expect(isDisplayableImageSrc('data:text/html,<script>alert(1)</script>')).toBe(false);
    expect(isDisplayableImageSrc('javascript:alert(1)')).toBe(false);
  });
});
