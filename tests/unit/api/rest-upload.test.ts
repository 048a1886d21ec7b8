// @vitest-environment node
import { createRestAdapter } from '@/api/adapters/rest';
import type { ApiError } from '@/api/errors';

type Script = (xhr: FakeXhr) => void;

/** Just enough of XMLHttpRequest for the upload path; each test scripts what the server does. */
class FakeXhr {
  static script: Script = () => {};
  static last: FakeXhr;
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: FormData | null = null;
  status = 0;
  statusText = '';
  responseText = '';
  responseHeaders: Record<string, string> = {};
  upload: { onprogress: ((e: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;
  constructor() {
    FakeXhr.last = this;
  }
  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }
  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }
  getResponseHeader(name: string) {
    return this.responseHeaders[name.toLowerCase()] ?? null;
  }
  send(body: FormData) {
    this.body = body;
    queueMicrotask(() => FakeXhr.script(this));
  }
  abort() {
    this.onabort?.();
  }
  answer(status: number, body: unknown, headers: Record<string, string> = {}) {
    this.status = status;
    this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
    this.responseHeaders = headers;
    this.onload?.();
  }
}

const file = new Blob(['PNG'], { type: 'image/png' });
const adapter = () => {
  const api = createRestAdapter({ baseUrl: 'http://x/api', XMLHttpRequest: FakeXhr as unknown as typeof XMLHttpRequest });
  api.setToken('tok');
  return api;
};

describe('media upload', () => {
  it('posts multipart `file` with the token and reports progress up to 1', async () => {
    FakeXhr.script = (xhr) => {
      xhr.upload.onprogress?.({ lengthComputable: true, loaded: 50, total: 100 });
      xhr.upload.onprogress?.({ lengthComputable: true, loaded: 100, total: 100 });
      xhr.answer(201, { id: 'm1', url: '/media/m1.png' });
    };
    const progress: number[] = [];
    const media = await adapter().media.upload({ file, filename: 'anh.png', onProgress: (p) => progress.push(p) });
    expect(media).toEqual({ id: 'm1', url: '/media/m1.png' });
    expect(progress).toEqual([0.5, 1, 1]);
    const sent = FakeXhr.last;
    expect(sent).toMatchObject({ method: 'POST', url: 'http://x/api/media', headers: { Authorization: 'Bearer tok' } });
    expect((sent.body?.get('file') as File).name).toBe('anh.png');
  });

  it('maps a refusal through the same error mapping', async () => {
    FakeXhr.script = (xhr) => xhr.answer(429, { error: { code: 'rate_limited', message: 'Chậm lại' } }, { 'retry-after': '3' });
    await expect(adapter().media.upload({ file, filename: 'a.png' })).rejects.toMatchObject({ kind: 'rate_limited', retryAfter: 3, message: 'Chậm lại' });
  });

  it('refuses a malformed answer and reports a lost connection as a network error', async () => {
    FakeXhr.script = (xhr) => xhr.answer(201, { id: 'm1' });
    const malformed = await adapter().media.upload({ file, filename: 'a.png' }).catch((e: ApiError) => e);
    expect(malformed).toMatchObject({ kind: 'server', code: 'malformed_response' });
    FakeXhr.script = (xhr) => xhr.onerror?.();
    await expect(adapter().media.upload({ file, filename: 'a.png' })).rejects.toMatchObject({ kind: 'network' });
  });

  it('aborts with the signal’s reason', async () => {
    FakeXhr.script = () => {};
    const controller = new AbortController();
    const pending = adapter().media.upload({ file, filename: 'a.png', signal: controller.signal });
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('falls back to fetch when there is no XMLHttpRequest', async () => {
    const seen: RequestInit[] = [];
    const fetch = (async (_: RequestInfo | URL, init: RequestInit = {}) => {
      seen.push(init);
      return new Response(JSON.stringify({ id: 'm2', url: '/m2.png' }), { status: 201 });
    }) as typeof globalThis.fetch;
    const progress: number[] = [];
    const api = createRestAdapter({ baseUrl: 'http://x/api', fetch, XMLHttpRequest: null });
    const media = await api.media.upload({ file, filename: 'b.png', onProgress: (p) => progress.push(p) });
    expect(media.id).toBe('m2');
    expect(progress).toEqual([1]);
    expect(seen[0].body).toBeInstanceOf(FormData);
    expect(new Headers(seen[0].headers).get('Content-Type')).toBeNull();
  });
});
