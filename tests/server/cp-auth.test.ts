/**
 * /api/v1/cp/auth: sign-in with a personal account, the session cookie, expiry, sign-out, and
 * the login rate limit (per address and per name). In-process with app.inject.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { hashSecret } from '../../server/auth';
import { DEFAULT_SCRYPT_COST, hashPassword, verifyPassword } from '../../server/cp/passwords';
import { PASSWORD, sessionCookieOf, startDashboardApp, type DashboardTestApp } from './cp-fixture';

let current: DashboardTestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

async function dashboardApp(options: Parameters<typeof startDashboardApp>[0] = {}): Promise<DashboardTestApp> {
  current = await startDashboardApp(options);
  return current;
}

/** A clock the test moves by hand. */
function manualClock(start = Date.parse('2026-10-14T14:00:00.000Z')) {
  let time = start;
  return { now: () => new Date(time), advance: (ms: number) => (time += ms) };
}

describe('POST /api/v1/cp/auth/login', () => {
  it('signs a coordinator in with an HttpOnly, SameSite=Strict cookie whose token is stored only as a hash', async () => {
    const t = await dashboardApp();
    await t.createAccount('Ria', 'coordinator');
    const response = await t.login('ria', PASSWORD);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      user: { id: expect.any(String), name: 'Ria', role: 'coordinator', createdAt: expect.any(String) },
      expiresAt: expect.any(String),
      idleMinutes: 480,
    });
    expect(response.headers['cache-control']).toBe('no-store');
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^nsp_cp_session=[A-Za-z0-9_-]{43}; /);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    expect(setCookie).toContain('Path=/api/v1/cp');
    expect(setCookie).toContain('Max-Age=86400');
    expect(setCookie).not.toContain('Secure');

    const token = sessionCookieOf(response).split('=')[1];
    expect(await t.storage.findSession(token)).toBeNull();
    expect((await t.storage.findSession(hashSecret(token)))?.user.name).toBe('Ria');
  });

  it('marks the cookie Secure behind an https proxy', async () => {
    const t = await dashboardApp();
    await t.createAccount('Ria', 'coordinator');
    const response = await t.login('Ria', PASSWORD, { 'x-forwarded-proto': 'https' });
    expect(String(response.headers['set-cookie'])).toContain('Secure');
  });

  it('answers 401 with the same words for a wrong password and an unknown name', async () => {
    const t = await dashboardApp();
    await t.createAccount('Ria', 'coordinator');
    const wrong = await t.login('Ria', 'not the password');
    const unknown = await t.login('Nobody', PASSWORD);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: 'invalid_credentials', message: expect.any(String) });
    expect(unknown.json()).toEqual(wrong.json());
    expect(wrong.headers['set-cookie']).toBeUndefined();
  });

  it('answers 400 to a body that is not {name, password}', async () => {
    const t = await dashboardApp();
    for (const payload of [{}, { name: 'Ria' }, { name: '', password: 'x' }, { name: 'Ria', password: 12 }, { name: 'x'.repeat(61), password: 'x' }]) {
      const response = await t.app.inject({ method: 'POST', url: '/api/v1/cp/auth/login', headers: { 'x-requested-with': 't' }, payload });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
    }
    const notJson = await t.app.inject({
      method: 'POST',
      url: '/api/v1/cp/auth/login',
      headers: { 'x-requested-with': 't', 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'name=Ria&password=x',
    });
    expect(notJson.statusCode).toBe(400);
  });

  it('answers 403 without the X-Requested-With header (what a cross-site form would send)', async () => {
    const t = await dashboardApp();
    await t.createAccount('Ria', 'coordinator');
    const response = await t.app.inject({ method: 'POST', url: '/api/v1/cp/auth/login', payload: { name: 'Ria', password: PASSWORD } });
    expect(response.statusCode).toBe(403);
    expect(response.json<{ error: string }>().error).toBe('csrf_header_missing');
  });
});

describe('login rate limit', () => {
  it('answers 429 with Retry-After once a name had too many failures, even with the right password', async () => {
    const clock = manualClock();
    const t = await dashboardApp({ now: clock.now, dashboard: { loginLimits: { perIp: 100, perName: 3, windowMs: 60_000 } } });
    await t.createAccount('Ria', 'coordinator');
    for (let i = 0; i < 3; i++) expect((await t.login('Ria', `guess ${i}`)).statusCode).toBe(401);
    const blocked = await t.login('Ria', PASSWORD);
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json<{ error: string }>().error).toBe('login_rate_limited');
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    // Per name, whatever the address: spreading guesses over addresses does not help.
    expect((await t.login('RIA', PASSWORD, {}, '10.0.0.9')).statusCode).toBe(429);
    clock.advance(60_001);
    expect((await t.login('Ria', PASSWORD)).statusCode).toBe(200);
  });

  it('limits one address trying many names', async () => {
    const t = await dashboardApp({ dashboard: { loginLimits: { perIp: 4, perName: 100, windowMs: 60_000 } } });
    await t.createAccount('Ria', 'coordinator');
    for (const name of ['a', 'b', 'c', 'd']) expect((await t.login(name, 'guess', {}, '10.0.0.66')).statusCode).toBe(401);
    expect((await t.login('Ria', PASSWORD, {}, '10.0.0.66')).statusCode).toBe(429);
    expect((await t.login('Ria', PASSWORD, {}, '10.0.0.2')).statusCode).toBe(200);
  });

  it('forgets a name’s failures after a successful sign-in', async () => {
    const t = await dashboardApp({ dashboard: { loginLimits: { perIp: 100, perName: 3, windowMs: 60_000 } } });
    await t.createAccount('Ria', 'coordinator');
    await t.login('Ria', 'typo 1');
    await t.login('Ria', 'typo 2');
    expect((await t.login('Ria', PASSWORD)).statusCode).toBe(200);
    await t.login('Ria', 'typo 3');
    await t.login('Ria', 'typo 4');
    expect((await t.login('Ria', PASSWORD)).statusCode).toBe(200);
  });
});

describe('GET /api/v1/cp/auth/session', () => {
  it('answers who is signed in', async () => {
    const t = await dashboardApp();
    const admin = await t.signIn('admin', 'Anna');
    const response = await admin.get('/api/v1/cp/auth/session');
    expect(response.statusCode).toBe(200);
    expect(response.json<{ user: { name: string; role: string } }>().user).toMatchObject({ name: 'Anna', role: 'admin' });
  });

  it('answers 401 without a cookie, with a forged one, and with a malformed one', async () => {
    const t = await dashboardApp();
    await t.signIn();
    expect((await t.anonymous.get('/api/v1/cp/auth/session')).statusCode).toBe(401);
    expect((await t.withCookie(`nsp_cp_session=${'A'.repeat(43)}`).get('/api/v1/cp/auth/session')).statusCode).toBe(401);
    expect((await t.withCookie('nsp_cp_session=../../etc').get('/api/v1/cp/auth/session')).statusCode).toBe(401);
  });

  it('ends after 8 hours without use', async () => {
    const clock = manualClock();
    const t = await dashboardApp({ now: clock.now });
    const ria = await t.signIn();
    clock.advance(7 * 3600_000);
    expect((await ria.get('/api/v1/cp/auth/session')).statusCode).toBe(200);
    clock.advance(7 * 3600_000);
    expect((await ria.get('/api/v1/cp/auth/session')).statusCode).toBe(200);
    clock.advance(8 * 3600_000 + 1);
    const expired = await ria.get('/api/v1/cp/auth/session');
    expect(expired.statusCode).toBe(401);
    expect(expired.json<{ error: string }>().error).toBe('session_expired');
  });

  it('ends 24 hours after sign-in even when used all the time', async () => {
    const clock = manualClock();
    const t = await dashboardApp({ now: clock.now });
    const ria = await t.signIn();
    for (let hour = 0; hour < 23; hour++) {
      clock.advance(3600_000);
      expect((await ria.get('/api/v1/cp/auth/session')).statusCode).toBe(200);
    }
    clock.advance(3600_000);
    expect((await ria.get('/api/v1/cp/auth/session')).statusCode).toBe(401);
  });
});

describe('POST /api/v1/cp/auth/logout', () => {
  it('ends the session and clears the cookie', async () => {
    const t = await dashboardApp();
    const ria = await t.signIn();
    const response = await ria.post('/api/v1/cp/auth/logout');
    expect(response.statusCode).toBe(204);
    expect(String(response.headers['set-cookie'])).toMatch(/^nsp_cp_session=; Path=\/api\/v1\/cp; Max-Age=0/);
    expect((await ria.get('/api/v1/cp/auth/session')).statusCode).toBe(401);
  });

  it('answers 401 without a session and 403 without the CSRF header', async () => {
    const t = await dashboardApp();
    expect((await t.anonymous.post('/api/v1/cp/auth/logout')).statusCode).toBe(401);
    const ria = await t.signIn();
    expect((await ria.post('/api/v1/cp/auth/logout', {}, { 'x-requested-with': '' })).statusCode).toBe(403);
    expect((await ria.get('/api/v1/cp/auth/session')).statusCode).toBe(200);
  });
});

describe('passwords', () => {
  it('are stored as salted scrypt hashes with their cost, never as text', async () => {
    const hash = await hashPassword(PASSWORD);
    expect(hash).toMatch(new RegExp(`^scrypt\\$${DEFAULT_SCRYPT_COST.N}\\$${DEFAULT_SCRYPT_COST.r}\\$${DEFAULT_SCRYPT_COST.p}\\$[A-Za-z0-9_-]{22}\\$[A-Za-z0-9_-]{86}$`));
    expect(hash).not.toContain(PASSWORD);
    expect(await hashPassword(PASSWORD)).not.toBe(hash);
    expect(await verifyPassword(PASSWORD, hash)).toBe(true);
    expect(await verifyPassword(`${PASSWORD} `, hash)).toBe(false);
  });

  it('refuse a tampered or foreign hash instead of hanging or throwing', async () => {
    for (const stored of ['', 'plaintext', 'scrypt$1073741824$8$1$c2FsdHNhbHQ$a2V5', 'scrypt$1000$8$1$c2FsdHNhbHQ$a2V5', 'bcrypt$x$y$z$a$b']) {
      expect(await verifyPassword(PASSWORD, stored)).toBe(false);
    }
  });

  it('leave no plaintext in the database after an account is made through the API', async () => {
    const t = await dashboardApp();
    const admin = await t.signIn('admin');
    const response = await admin.post('/api/v1/cp/admin/users', { name: 'Jan', role: 'coordinator', password: 'Jan-zijn wachtwoord 1' });
    expect(response.statusCode).toBe(201);
    expect(response.body).not.toContain('scrypt');
    const stored = await t.storage.findUserByName('Jan');
    expect(stored?.passwordHash).toMatch(/^scrypt\$/);
    expect(stored?.passwordHash).not.toContain('Jan-zijn wachtwoord 1');
    expect((await t.login('Jan', 'Jan-zijn wachtwoord 1')).statusCode).toBe(200);
  });
});
