/**
 * The first admin comes from the command line (`npm run cp -- user add`), scriptably: the
 * password from an environment variable, never an argument. Runs the real CLI process against
 * the same database an in-process app uses.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { startDashboardApp, type DashboardTestApp } from './cp-fixture';
import { runCli } from './helpers';

let current: DashboardTestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
  delete process.env.NSP_TEST_PASSWORD;
});

describe('npm run cp -- user ...', () => {
  it('adds the first admin with the password from --password-env; the admin signs in and can reach admin routes', async () => {
    const t = (current = await startDashboardApp());
    process.env.NSP_TEST_PASSWORD = 'Apeldoorn-coördinatie 2026';
    const added = await runCli(t.dataDir, ['user', 'add', 'Anna de Boer', '--role', 'admin', '--password-env', 'NSP_TEST_PASSWORD']);
    expect(added.stderr).toBe('');
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Account "Anna de Boer" (admin) added');
    expect(added.stdout).not.toContain(process.env.NSP_TEST_PASSWORD);

    const stored = await t.storage.findUserByName('anna de boer');
    expect(stored?.passwordHash).toMatch(/^scrypt\$16384\$8\$5\$/);
    const login = await t.login('Anna de Boer', 'Apeldoorn-coördinatie 2026');
    expect(login.statusCode).toBe(200);
    expect(login.json<{ user: { role: string } }>().user.role).toBe('admin');

    const listed = await runCli(t.dataDir, ['users']);
    expect(listed.stdout).toContain('Anna de Boer  (admin');
  });

  it('refuses a missing variable, a short password, an unknown role and a taken name', async () => {
    const t = (current = await startDashboardApp());
    const missing = await runCli(t.dataDir, ['user', 'add', 'Anna', '--role', 'admin', '--password-env', 'NSP_TEST_PASSWORD']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('NSP_TEST_PASSWORD');
    process.env.NSP_TEST_PASSWORD = 'kort';
    expect((await runCli(t.dataDir, ['user', 'add', 'Anna', '--role', 'admin', '--password-env', 'NSP_TEST_PASSWORD'])).stderr).toContain('10 to 200');
    process.env.NSP_TEST_PASSWORD = 'lang genoeg wachtwoord';
    expect((await runCli(t.dataDir, ['user', 'add', 'Anna', '--role', 'boss', '--password-env', 'NSP_TEST_PASSWORD'])).stderr).toContain('--role');
    expect((await runCli(t.dataDir, ['user', 'add', 'Anna', '--role', 'admin', '--password-env', 'NSP_TEST_PASSWORD'])).code).toBe(0);
    const taken = await runCli(t.dataDir, ['user', 'add', 'ANNA', '--role', 'coordinator', '--password-env', 'NSP_TEST_PASSWORD']);
    expect(taken.code).toBe(1);
    expect(taken.stderr).toContain('already an account');
    expect(await t.storage.listUsers()).toHaveLength(1);
  });

  it('sets a new password and signs that person out everywhere', async () => {
    const t = (current = await startDashboardApp());
    const ria = await t.signIn('coordinator', 'Ria');
    process.env.NSP_TEST_PASSWORD = 'een nieuw wachtwoord';
    const changed = await runCli(t.dataDir, ['user', 'password', 'ria', '--password-env', 'NSP_TEST_PASSWORD']);
    expect(changed.code).toBe(0);
    expect(changed.stdout).toContain('1 open session(s) signed out');
    expect((await ria.get('/api/v1/cp/auth/session')).statusCode).toBe(401);
    expect((await t.login('Ria', 'een nieuw wachtwoord')).statusCode).toBe(200);
    expect((await runCli(t.dataDir, ['user', 'password', 'Nobody', '--password-env', 'NSP_TEST_PASSWORD'])).code).toBe(1);
  });
});
