/**
 * /api/v1/cp/bulletins: cards in Dutch and German published to one point, several or all,
 * with expiry; they reach exactly those points' tablets through the pull.
 */
import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { InfoCard, PullResponse } from '../../src/domain';
import type { BulletinsResponse, BulletinView } from '../../src/domain/coordinatorApi';
import { startDashboardApp, type DashboardTestApp } from './cp-fixture';

let current: DashboardTestApp | undefined;
afterEach(async () => {
  await current?.close();
  current = undefined;
});

const inHours = (hours: number) => new Date(Date.now() + hours * 3600_000).toISOString();

function draft(overrides: Record<string, unknown> = {}) {
  return {
    category: 'drinkingWater',
    nl: { title: 'Drinkwater bij de brandweerkazerne', body: 'Vanaf 14:00 uur, neem jerrycans mee.' },
    de: { title: 'Trinkwasser an der Feuerwache', body: 'Ab 14:00 Uhr, bitte Kanister mitbringen.' },
    siteIds: null,
    validUntil: inHours(12),
    pinned: true,
    ...overrides,
  };
}

async function cardsPulledBy(t: DashboardTestApp, token: string): Promise<InfoCard[]> {
  const page = (await t.pull(token)).json<PullResponse>();
  return page.changes.filter((change) => change.type === 'bulletin.published').map((change) => change.payload as InfoCard);
}

describe('POST /api/v1/cp/bulletins', () => {
  it('publishes to one point: its tablets get the card in both languages, other points do not', async () => {
    const t = (current = await startDashboardApp());
    const dinxperlo = await t.enroll('Dinxperlo');
    const aalten = await t.enroll('Aalten');
    const coordinator = await t.signIn();
    const response = await coordinator.post('/api/v1/cp/bulletins', draft({ siteIds: [dinxperlo.siteId] }));
    expect(response.statusCode).toBe(201);
    const view = response.json<BulletinView>();
    expect(view).toMatchObject({ version: 1, missingLanguages: [], withdrawn: false, targets: [{ siteId: dinxperlo.siteId, name: 'Dinxperlo' }] });

    const [card] = await cardsPulledBy(t, dinxperlo.token);
    expect(card).toMatchObject({
      id: view.id,
      source: 'coordination',
      version: 1,
      pinned: true,
      deleted: false,
      nl: { title: 'Drinkwater bij de brandweerkazerne' },
      de: { title: 'Trinkwasser an der Feuerwache' },
      validUntil: view.validUntil,
    });
    expect(await cardsPulledBy(t, aalten.token)).toEqual([]);
  });

  it('publishes to several points, or to all (a broadcast that a point added later also gets)', async () => {
    const t = (current = await startDashboardApp());
    const a = await t.enroll('Dinxperlo');
    const b = await t.enroll('Aalten');
    const c = await t.enroll('Bredevoort');
    const coordinator = await t.signIn();
    const several = (await coordinator.post('/api/v1/cp/bulletins', draft({ siteIds: [a.siteId, b.siteId, a.siteId] }))).json<BulletinView>();
    expect(several.targets?.map((target) => target.name)).toEqual(['Aalten', 'Dinxperlo']);
    const all = (await coordinator.post('/api/v1/cp/bulletins', draft({ category: 'officialNotice' }))).json<BulletinView>();
    expect(all.targets).toBeNull();
    const later = await t.enroll('Lintelo');

    expect((await cardsPulledBy(t, a.token)).map((card) => card.id)).toEqual([several.id, all.id]);
    expect((await cardsPulledBy(t, b.token)).map((card) => card.id)).toEqual([several.id, all.id]);
    expect((await cardsPulledBy(t, c.token)).map((card) => card.id)).toEqual([all.id]);
    expect((await cardsPulledBy(t, later.token)).map((card) => card.id)).toEqual([all.id]);
  });

  it('requires both Dutch and German unless a single language is allowed explicitly, then flags it', async () => {
    const t = (current = await startDashboardApp());
    const coordinator = await t.signIn();
    const onlyDutch = await coordinator.post('/api/v1/cp/bulletins', draft({ de: undefined }));
    expect(onlyDutch.statusCode).toBe(400);
    expect(onlyDutch.json<{ message: string }>().message).toContain('de');
    const flagged = await coordinator.post('/api/v1/cp/bulletins', draft({ de: undefined, allowSingleLanguage: true }));
    expect(flagged.statusCode).toBe(201);
    expect(flagged.json<BulletinView>().missingLanguages).toEqual(['de']);
  });

  it('answers 400 for bad input, 404 for an unknown point, 401 without session', async () => {
    const t = (current = await startDashboardApp());
    const tablet = await t.enroll();
    const coordinator = await t.signIn();
    const bad = [
      draft({ nl: undefined, de: undefined, allowSingleLanguage: true }),
      draft({ validUntil: new Date(Date.now() - 60_000).toISOString() }),
      draft({ category: 'rumours' }),
      draft({ siteIds: [] }),
      draft({ siteIds: ['Dinxperlo'] }),
      draft({ nl: { title: '', body: 'x' } }),
      draft({ pinned: 'yes' }),
    ];
    for (const body of bad) expect((await coordinator.post('/api/v1/cp/bulletins', body)).statusCode, JSON.stringify(body)).toBe(400);
    expect((await coordinator.post('/api/v1/cp/bulletins', draft({ siteIds: [randomUUID()] }))).statusCode).toBe(404);
    expect((await t.anonymous.post('/api/v1/cp/bulletins', draft())).statusCode).toBe(401);
    expect(await cardsPulledBy(t, tablet.token)).toEqual([]);
  });

  it('publishes a retried request once (same requestId)', async () => {
    const t = (current = await startDashboardApp());
    const tablet = await t.enroll();
    const coordinator = await t.signIn();
    const requestId = randomUUID();
    const first = await coordinator.post('/api/v1/cp/bulletins', draft({ siteIds: [tablet.siteId], requestId }));
    const again = await coordinator.post('/api/v1/cp/bulletins', draft({ siteIds: [tablet.siteId], requestId }));
    expect(again.json<BulletinView>().id).toBe(first.json<BulletinView>().id);
    expect(await cardsPulledBy(t, tablet.token)).toHaveLength(1);
  });
});

describe('GET /api/v1/cp/bulletins', () => {
  it('lists what was published, newest first; 401 without session', async () => {
    const t = (current = await startDashboardApp());
    const coordinator = await t.signIn();
    await coordinator.post('/api/v1/cp/bulletins', draft());
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = (await coordinator.post('/api/v1/cp/bulletins', draft({ category: 'power' }))).json<BulletinView>();
    const response = await coordinator.get('/api/v1/cp/bulletins');
    expect(response.statusCode).toBe(200);
    const { bulletins } = response.json<BulletinsResponse>();
    expect(bulletins).toHaveLength(2);
    expect(bulletins[0].id).toBe(second.id);
    expect((await t.anonymous.get('/api/v1/cp/bulletins')).statusCode).toBe(401);
  });
});

describe('POST /api/v1/cp/bulletins/:id/withdraw', () => {
  it('sends a newer, deleted version to the same points; 409 the second time, 404 unknown, 400 malformed', async () => {
    const t = (current = await startDashboardApp());
    const tablet = await t.enroll();
    const coordinator = await t.signIn();
    const published = (await coordinator.post('/api/v1/cp/bulletins', draft({ siteIds: [tablet.siteId] }))).json<BulletinView>();
    const withdrawn = await coordinator.post(`/api/v1/cp/bulletins/${published.id}/withdraw`, {});
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json<BulletinView>()).toMatchObject({ id: published.id, version: 2, withdrawn: true });
    expect((await cardsPulledBy(t, tablet.token)).map((card) => [card.version, card.deleted])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect((await coordinator.post(`/api/v1/cp/bulletins/${published.id}/withdraw`, {})).statusCode).toBe(409);
    expect((await coordinator.post(`/api/v1/cp/bulletins/${randomUUID()}/withdraw`, {})).statusCode).toBe(404);
    expect((await coordinator.post('/api/v1/cp/bulletins/x/withdraw', {})).statusCode).toBe(400);
    expect((await t.anonymous.post(`/api/v1/cp/bulletins/${published.id}/withdraw`, {})).statusCode).toBe(401);
  });
});
