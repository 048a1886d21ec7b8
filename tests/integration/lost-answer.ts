import { getResponse, http, HttpResponse } from 'msw';
import { createHandlers, server } from '@mocks/node';

/**
 * The next create reaches the demo server, which makes the article, then the connection drops before
 * its answer arrives. Each such create's `Idempotency-Key` is pushed to `keys`.
 */
export function loseFirstCreateAnswer(keys: (string | null)[]) {
  server.use(
    http.post(
      '*/api/articles',
      async ({ request }) => {
        keys.push(request.headers.get('idempotency-key'));
        await getResponse(createHandlers('/api'), request.clone());
        return HttpResponse.error();
      },
      { once: true },
    ),
  );
}
