import { startApiServer } from '../mocks/http-server';

/** `npm run api -- [--port 8787]`: the demo newsroom's REST contract over HTTP (see mocks/http-server.ts). */
const args = process.argv.slice(2);
const at = args.indexOf('--port');
const portArg = at >= 0 ? args[at + 1] : args.find((a) => a.startsWith('--port='))?.slice('--port='.length);
const port = Number(portArg ?? process.env.PORT) || 8787;

const api = await startApiServer(port);
console.log(`Demo newsroom API at ${api.url}`);
const stop = () => void api.close().then(() => process.exit(0));
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
