import { http } from 'msw';
import { clock } from '../clock';
import { nextId } from '../db';
import { badRequest, validation } from '../errors';
import { authed, json, pathFor } from '../http';
import { store } from '../store';

export type MediaUrlMode = 'data' | 'fake';
export const MAX_MEDIA_BYTES = 8 * 1024 * 1024;

async function dataUrl(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return `data:${file.type || 'application/octet-stream'};base64,${btoa(binary)}`;
}

/**
 * `POST /media` (multipart `file`). In the browser the URL is a data URL, so an uploaded image
 * survives a reload with the persisted store; in Node a fake URL is enough.
 */
export function mediaHandlers(baseUrl: string, mode: MediaUrlMode) {
  return [
    http.post(
      pathFor(baseUrl, '/media'),
      authed(async ({ request, user }) => {
        let form: FormData;
        try {
          form = await request.formData();
        } catch {
          throw badRequest('Send the file as multipart/form-data.');
        }
        const file = form.get('file');
        if (!file || typeof file === 'string') throw validation({ file: 'required' });
        if (!file.type.startsWith('image/')) throw validation({ file: 'unsupported_type' });
        if (file.size > MAX_MEDIA_BYTES) throw validation({ file: 'too_large' });
        const id = nextId(store.db, 'media');
        const ext = file.type.split('/')[1]?.replace('jpeg', 'jpg').replace(/\W.*$/, '') || 'jpg';
        const url = mode === 'data' ? await dataUrl(file) : `https://demo.local/media/${id}.${ext}`;
        const name = 'name' in file && typeof file.name === 'string' ? file.name : `${id}.${ext}`;
        store.db.media.push({ id, url, filename: name, size: file.size, type: file.type, at: clock.nowIso(), by: user.id });
        store.written();
        return json({ id, url }, 201);
      }),
    ),
  ];
}
