import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { getResponse } from 'msw';
import { createHandlers } from './handlers';
import { store } from './store';

/**
 * The demo newsroom's REST contract over real HTTP on 127.0.0.1 (`npm run api`), for a production
 * build with `"demo": false` pointed at it, as it would be at a real API, and for the Lighthouse bench.
 * The data is the demo seed, written around now, kept in memory until the process stops. The admin
 * is served from another origin, so the server answers CORS preflights.
 */
const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match, Idempotency-Key',
  'Access-Control-Expose-Headers': 'ETag, Retry-After, Location',
  'Access-Control-Max-Age': '600',
};

function toRequest(req: IncomingMessage, origin: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const method = req.method ?? 'GET';
  const body = method === 'GET' || method === 'HEAD' ? undefined : (Readable.toWeb(req) as ReadableStream<Uint8Array>);
  return new Request(new URL(req.url ?? '/', origin), { method, headers, body, duplex: 'half' } as RequestInit);
}

/** Listens on 127.0.0.1:`port` (0: any free port); resolves with the API's base URL once listening. */
export async function startApiServer(port = 0): Promise<{ url: string; server: Server; close(): Promise<void> }> {
  const seedDate = new Date();
  seedDate.setSeconds(0, 0);
  store.setSeedOptions({ baseDate: seedDate.toISOString() });

  let origin = '';
  let handlers: ReturnType<typeof createHandlers> = [];
  const answer = async (req: IncomingMessage, res: ServerResponse) => {
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    const response = await getResponse(handlers, toRequest(req, origin));
    if (!response) {
      res.writeHead(404, { ...CORS, 'Content-Type': 'application/json' }).end(JSON.stringify({ message: 'Not found' }));
      return;
    }
    const headers: Record<string, string> = { ...CORS };
    response.headers.forEach((value, name) => (headers[name] = value));
    res.writeHead(response.status, headers).end(Buffer.from(await response.arrayBuffer()));
  };
  const server = createServer((req, res) => {
    answer(req, res).catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) res.writeHead(500, { ...CORS, 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ message: 'Internal error' }));
    });
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  handlers = createHandlers(`${origin}/api`);
  return { url: `${origin}/api`, server, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
