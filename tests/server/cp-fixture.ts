/**
 * Helpers for the dashboard route tests (tests/server/cp-*.test.ts): accounts, signed-in
 * requests, and messages from enrolled tablets, all in-process over `app.inject`.
 */
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import type { EnrollResponse, Envelope, MessageType, PayloadOf } from '../../src/domain';
import { hashPassword, type ScryptCost } from '../../server/cp/passwords';
import type { CoordinatorRole } from '../../server/storage';
import { startTestApp, type TestApp } from './app-fixture';
import { envelope } from './helpers';

/** Low scrypt cost for test accounts: the stored hash names its cost, so verification follows it. */
export const TEST_SCRYPT_COST: ScryptCost = { N: 1024, r: 8, p: 1 };
export const PASSWORD = 'correct horse battery';

export interface Caller {
  get(url: string): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

export interface DashboardTestApp extends TestApp {
  /** Creates an account (if needed) and signs it in; requests carry its cookie and the CSRF header. */
  signIn(role?: CoordinatorRole, name?: string): Promise<Caller>;
  anonymous: Caller;
  /** A request with a raw cookie header, or none. */
  withCookie(cookie: string | undefined): Caller;
  /** `remoteAddress` stands in for the client's IP address (default 127.0.0.1). */
  login(name: string, password: string, headers?: Record<string, string>, remoteAddress?: string): Promise<LightMyRequestResponse>;
  createAccount(name: string, role: CoordinatorRole, password?: string): Promise<void>;
}

export function sessionCookieOf(response: LightMyRequestResponse): string {
  const header = [response.headers['set-cookie']].flat()[0];
  if (!header) throw new Error(`no cookie set: ${response.statusCode} ${response.body}`);
  return header.split(';')[0];
}

export async function startDashboardApp(options: Parameters<typeof startTestApp>[0] = {}): Promise<DashboardTestApp> {
  const t = await startTestApp(options);

  const withCookie = (cookie: string | undefined): Caller => ({
    get: (url) => t.app.inject({ method: 'GET', url, headers: cookie ? { cookie } : {} }),
    post: (url, body = {}, headers = {}) =>
      t.app.inject({
        method: 'POST',
        url,
        headers: { ...(cookie ? { cookie } : {}), 'x-requested-with': 'test', ...headers },
        payload: body as Record<string, unknown>,
      }),
  });

  const createAccount = async (name: string, role: CoordinatorRole, password = PASSWORD) => {
    if (!(await t.storage.findUserByName(name))) {
      await t.storage.createUser({ name, role, passwordHash: await hashPassword(password, TEST_SCRYPT_COST) });
    }
  };

  const login = (name: string, password: string, headers: Record<string, string> = {}, remoteAddress?: string) =>
    t.app.inject({
      method: 'POST',
      url: '/api/v1/cp/auth/login',
      remoteAddress,
      headers: { 'x-requested-with': 'test', ...headers },
      payload: { name, password },
    });

  return {
    ...t,
    anonymous: withCookie(undefined),
    withCookie,
    login,
    createAccount,
    signIn: async (role = 'coordinator', name = role === 'admin' ? 'Admin Apeldoorn' : 'Coördinator Ria') => {
      await createAccount(name, role);
      const response = await login(name, PASSWORD);
      if (response.statusCode !== 200) throw new Error(`login failed: ${response.statusCode} ${response.body}`);
      return withCookie(sessionCookieOf(response));
    },
  };
}

export function reportPayload(overrides: Partial<PayloadOf<'report.created'>> = {}): PayloadOf<'report.created'> {
  const now = new Date().toISOString();
  return {
    id: randomUUID(),
    service: 'ambulance',
    incident: ['unconscious'],
    description: 'Man onwel in de Kerkstraat, reageert niet',
    urgency: 'lifeThreatening',
    address: 'Kerkstraat 12, Dinxperlo',
    peopleInvolved: 1,
    reporterWaitsAt: 'Bij het noodsteunpunt',
    occurredAt: now,
    madeAt: now,
    ...overrides,
  };
}

/** Pushes one message from an enrolled tablet and fails the test unless it is accepted. */
export async function pushFrom<T extends MessageType>(
  t: TestApp,
  device: EnrollResponse,
  type: T,
  payload: PayloadOf<T>,
): Promise<Envelope<T>> {
  const message = envelope(type, payload, { siteId: device.siteId, deviceId: device.deviceId });
  const response = await t.push(device.token, { messages: [message] });
  const status = response.json<{ results: Array<{ status: string; error?: string }> }>().results[0];
  if (status?.status !== 'accepted') throw new Error(`push of ${type} not accepted: ${response.body}`);
  return message;
}
