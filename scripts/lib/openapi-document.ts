/**
 * The API's OpenAPI document as `GET /docs/json` serves it, built without any server: `buildApp` only
 * keeps its dependencies until a request uses them, and the document needs none. `npm run openapi`
 * writes it to openapi.json (committed, for the console's typed client); a test fails when the served
 * document differs from that file.
 */
import path from 'node:path';
import pino from 'pino';
import { buildApp, type AppDeps } from '../../api/app';

export const OPENAPI_FILE = path.resolve(__dirname, '../../openapi.json');
export const OPENAPI_COMMAND = 'npm run openapi';
/** The console's client types, generated from openapi.json by openapi-typescript. */
export const CONSOLE_API_TYPES_FILE = path.resolve(__dirname, '../../console/src/http/schema.d.ts');

/** Dependencies that are never reached: no route is called, only the document is asked for. */
function unreachable(name: string): never {
  return new Proxy({} as never, {
    get(_target, property) {
      throw new Error(`the OpenAPI document needs no ${name}, yet ${String(property)} was read`);
    },
  });
}

/** The served document as text: pretty-printed, its keys in the order served, a final newline. */
export async function servedOpenApiDocument(): Promise<string> {
  const deps: AppDeps = {
    db: unreachable('database'),
    pool: unreachable('pool'),
    temporal: unreachable('Temporal client'),
    logger: pino({ level: 'silent' }),
    verifier: { verify: () => Promise.reject(new Error('no tokens are verified here')) },
  };
  const app = await buildApp(deps);
  try {
    const answer = await app.inject({ url: '/docs/json' });
    if (answer.statusCode !== 200) throw new Error(`/docs/json answered ${answer.statusCode}`);
    return `${JSON.stringify(answer.json(), null, 2)}\n`;
  } finally {
    await app.close();
  }
}
