/**
 * Serves the built PWA from dist/. The app shell files must be revalidated on every load so a
 * new release reaches the tablets; hashed files under /assets never change and are cached for a
 * year. Paths without a file extension are client-side routes (/desk, /lead, /cp) and get
 * index.html, so a deep link or a reload on such a page works; /kiosk gets the public info
 * screen's lean page, kiosk.html (the service worker does the same offline).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorBody } from '../errors';

const REVALIDATE = 'no-cache';
const IMMUTABLE = 'public, max-age=31536000, immutable';

export function cachePolicy(relativePath: string): string {
  return relativePath.split(path.sep).join('/').startsWith('assets/') ? IMMUTABLE : REVALIDATE;
}

function isClientRoute(request: FastifyRequest): boolean {
  const pathname = request.url.split('?')[0];
  return (
    (request.method === 'GET' || request.method === 'HEAD') &&
    !pathname.startsWith('/api/') &&
    pathname !== '/api' &&
    path.posix.extname(pathname) === ''
  );
}

/** The HTML page of a client route: the lean kiosk page for /kiosk, the app for the rest. */
export function pageFor(pathname: string): string {
  return pathname === '/kiosk' ? 'kiosk.html' : 'index.html';
}

/**
 * Registered on the root instance (not as an encapsulated plugin) because it owns the app-wide
 * not-found handler, and that handler needs `reply.sendFile`.
 */
export async function installStaticPwa(app: FastifyInstance, distDir: string): Promise<void> {
  const root = path.resolve(distDir);
  const indexFile = path.join(root, 'index.html');
  if (!existsSync(indexFile)) app.log.warn(`The PWA is not built (${indexFile} is missing): run npm run build:app`);

  await app.register(fastifyStatic, {
    root,
    wildcard: true,
    index: 'index.html',
    cacheControl: false,
    redirect: false,
    suppressWarning: true,
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', cachePolicy(path.relative(root, filePath)));
    },
  });

  app.setNotFoundHandler((request: FastifyRequest, reply: FastifyReply) => {
    if (isClientRoute(request)) {
      const page = pageFor(request.url.split('?')[0]);
      if (!existsSync(path.join(root, page))) {
        return reply
          .code(503)
          .header('cache-control', 'no-store')
          .type('text/plain; charset=utf-8')
          .send('The tablet app is not built yet: run `npm run build:app` and reload.\n');
      }
      return reply.code(200).sendFile(page);
    }
    const body: ErrorBody = { error: 'not_found', message: `Not found: ${request.method} ${request.url.split('?')[0]}` };
    return reply.code(404).header('cache-control', 'no-store').send(body);
  });
}
