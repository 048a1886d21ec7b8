import type { Media, MediaUpload } from '../../port';
import { malformed, networkError, parseJsonText, parseResponse } from '../../http';
import { toApiError } from './mapper';
import type { Transport } from './transport';
import { wire } from './wire';

const PATH = '/media';
const REQUEST = `POST ${PATH}`;

function formData(input: MediaUpload): FormData {
  const form = new FormData();
  form.append('file', input.file, input.filename);
  return form;
}

function abortError(): DOMException {
  return new DOMException('The upload was aborted.', 'AbortError');
}

/**
 * `fetch` cannot report upload progress, so uploads go through XMLHttpRequest when the platform
 * has it; otherwise they fall back to `fetch` and report completion only.
 */
export async function uploadMedia(transport: Transport, input: MediaUpload, Xhr: typeof XMLHttpRequest | undefined): Promise<Media> {
  if (!Xhr) {
    const media = await transport.json('POST', PATH, wire.media, { body: formData(input), signal: input.signal });
    input.onProgress?.(1);
    return media;
  }
  return new Promise<Media>((resolve, reject) => {
    const { signal } = input;
    if (signal?.aborted) return reject(signal.reason ?? abortError());
    const target = transport.url(PATH);
    const xhr = new Xhr();
    const onAbort = () => xhr.abort();
    const settle = () => signal?.removeEventListener('abort', onAbort);
    xhr.open('POST', target);
    xhr.setRequestHeader('Accept', 'application/json');
    for (const [name, value] of Object.entries(transport.authHeaders())) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) input.onProgress?.(Math.min(1, event.loaded / event.total));
    };
    xhr.onload = () => {
      settle();
      const text = typeof xhr.responseText === 'string' ? xhr.responseText : '';
      try {
        if (xhr.status < 200 || xhr.status >= 300) {
          throw toApiError({ status: xhr.status, statusText: xhr.statusText, header: (n) => xhr.getResponseHeader(n), bodyText: text, request: REQUEST });
        }
        const json = parseJsonText(text);
        if (!json.ok) malformed(REQUEST, 'the body is not JSON', xhr.status);
        const media = parseResponse(wire.media, json.ok ? json.value : undefined, REQUEST, xhr.status);
        input.onProgress?.(1);
        resolve(media);
      } catch (error) {
        reject(error);
      }
    };
    xhr.onerror = () => {
      settle();
      reject(networkError(target));
    };
    xhr.onabort = () => {
      settle();
      reject(signal?.reason ?? abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    xhr.send(formData(input));
  });
}
