/**
 * The web console (/console/) and the public pages (/public/), built by Vite into console/dist and
 * served from here: hashed assets cached for a year, the pages themselves never cached, and every
 * other path under each prefix answered with its page, for the browser-side router. Not in the
 * OpenAPI document: these are pages, not API.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { ProblemError } from './problem';

export const CONSOLE_DIST = path.resolve(__dirname, '../console/dist');

const PAGES = { '/console/': 'index.html', '/public/': 'public.html' } as const;
const hidden = { schema: { hide: true } } as const;

export async function registerConsole(app: FastifyInstance, dist: string = CONSOLE_DIST): Promise<void> {
  app.get('/', hidden, (_request, reply) => reply.redirect('/public/', 302));
  for (const prefix of Object.keys(PAGES))
    app.get(prefix.slice(0, -1), hidden, (_request, reply) => reply.redirect(prefix, 301));

  if (!existsSync(path.join(dist, 'index.html'))) {
    app.log.warn({ dist }, 'the console is not built: `npm start` builds it (scripts/build-console.ts)');
    for (const prefix of Object.keys(PAGES))
      app.get(`${prefix}*`, hidden, () => {
        throw new ProblemError(
          'unavailable',
          503,
          'the console is not built: run `npm start`, which builds it',
        );
      });
    return;
  }

  await app.register(fastifyStatic, {
    root: dist,
    prefix: '/console/',
    // One route per built file, found at start: any other path is a page of the browser-side router.
    wildcard: false,
    index: false,
    setHeaders(res, filePath) {
      const asset = filePath.includes(`${path.sep}assets${path.sep}`);
      res.header('cache-control', asset ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/console/assets/*', hidden, (request) => {
    throw new ProblemError('notFound', 404, `no such file ${request.url}`);
  });
  for (const [prefix, page] of Object.entries(PAGES))
    app.get(`${prefix}*`, hidden, (_request, reply) =>
      reply.header('cache-control', 'no-cache').sendFile(page, dist),
    );
}
