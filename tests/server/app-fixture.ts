/**
 * An in-process app over a fresh SQLite storage, with helpers to enroll devices and push, for
 * the route tests (app.inject: no port, no process).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { EnrollResponse } from '../../src/domain';
import { buildApp, type AppOptions } from '../../server/app';
import { issueEnrollmentCode } from '../../server/auth';
import { openStorage, type Storage } from '../../server/storage';
import { makeTempDir } from './helpers';

export interface TestApp {
  app: FastifyInstance;
  storage: Storage;
  dataDir: string;
  /** Enrolls a new device of the named site (created when missing) through the route. */
  enroll(siteName?: string, deviceName?: string): Promise<EnrollResponse>;
  code(siteName?: string, options?: { validHours?: number; now?: Date }): Promise<string>;
  push(token: string, body: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  pull(token: string, query?: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

export async function startTestApp(options: Partial<AppOptions> = {}): Promise<TestApp> {
  const temp = makeTempDir('nsp-routes-');
  const storage = options.storage ?? openStorage({ dataDir: temp.dir });
  await storage.migrate();
  const app = await buildApp({ logger: false, distDir: path.join(temp.dir, 'no-dist'), ...options, storage });

  const siteOf = async (name: string): Promise<string> =>
    ((await storage.findSite(name)) ?? (await storage.createSite({ name, municipality: 'Aalten' }))).id;

  const code: TestApp['code'] = async (siteName = 'Dinxperlo', codeOptions = {}) =>
    (await issueEnrollmentCode(storage, await siteOf(siteName), codeOptions)).code;

  return {
    app,
    storage,
    dataDir: temp.dir,
    code,
    enroll: async (siteName = 'Dinxperlo', deviceName = 'Desk tablet') => {
      const response = await app.inject({ method: 'POST', url: '/api/v1/enroll', payload: { code: await code(siteName), deviceName } });
      if (response.statusCode !== 200) throw new Error(`enroll failed: ${response.statusCode} ${response.body}`);
      return response.json<EnrollResponse>();
    },
    push: (token, body, headers = {}) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/sync/push',
        headers: { authorization: `Bearer ${token}`, ...headers },
        payload: body as Record<string, unknown>,
      }),
    pull: (token, query = '', headers = {}) =>
      app.inject({ method: 'GET', url: `/api/v1/sync/pull${query}`, headers: { authorization: `Bearer ${token}`, ...headers } }),
    close: async () => {
      await app.close();
      await storage.close();
      temp.remove();
    },
  };
}

/** A dist/ folder shaped like the vite-plugin-pwa build output. */
export function writeFakeDist(dir: string): void {
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><html><head><title>Noodsteunpunt</title></head><body><div id="root"></div></body></html>');
  writeFileSync(path.join(dir, 'kiosk.html'), '<!doctype html><html><head><title>Noodsteunpunt info</title></head><body><div id="root" data-page="kiosk"></div></body></html>');
  writeFileSync(path.join(dir, 'sw.js'), 'self.addEventListener("install", () => self.skipWaiting());');
  writeFileSync(path.join(dir, 'registerSW.js'), 'navigator.serviceWorker.register("/sw.js");');
  writeFileSync(path.join(dir, 'manifest.webmanifest'), JSON.stringify({ name: 'Noodsteunpunt', start_url: '/' }));
  writeFileSync(path.join(dir, 'assets', 'index-3f2a9c.js'), 'console.log("app");');
}
