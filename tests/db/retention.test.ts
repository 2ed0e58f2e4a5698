import { afterEach, describe, expect, it } from 'vitest';
import { createEmergencyReport, purgePersonalDataIfDue, registerVisit, type NoodsteunpuntDb } from '../../src/db';
import { SAMPLE_VISIT, freshDb } from './helpers';

let db: NoodsteunpuntDb;
afterEach(async () => db?.delete());

const DAY = 24 * 3600_000;

async function seed() {
  db = await freshDb();
  await registerVisit(db, { ...SAMPLE_VISIT, household: { ...SAMPLE_VISIT.household, name: 'Jansen', phone: '06-12345678', postcode: '7091 AB', houseNumber: '12' } });
  await registerVisit(db, { ...SAMPLE_VISIT, household: { ...SAMPLE_VISIT.household, postcode: '46399', houseNumber: '3' } });
  await createEmergencyReport(db, {
    service: 'ambulance',
    incident: ['fall'],
    description: 'Mevrouw De Vries gevallen',
    urgency: 'urgent',
    address: 'Kerkstraat 4',
    reporterName: 'Piet de Buurman',
    peopleInvolved: 1,
    occurredAt: new Date().toISOString(),
  });
}

async function closePoint(daysAgo: number, retentionDays?: number) {
  const updatedAt = '000001764000000-00000-test';
  await db.settings.put({ key: 'closedAt', value: new Date(Date.now() - daysAgo * DAY).toISOString(), updatedAt });
  if (retentionDays !== undefined) await db.settings.put({ key: 'retentionDays', value: retentionDays, updatedAt });
}

describe('retention of personal data on the tablet', () => {
  it('keeps everything while the point is open or within the retention period', async () => {
    await seed();
    expect(await purgePersonalDataIfDue(db)).toBe(false);
    await closePoint(29);
    expect(await purgePersonalDataIfDue(db)).toBe(false);
    expect((await db.households.toArray()).map((household) => household.name)).toContain('Jansen');
  });

  it('removes names, phones, addresses and free text after 30 days, keeping the counts', async () => {
    await seed();
    await closePoint(31);
    expect(await purgePersonalDataIfDue(db)).toBe(true);
    const households = await db.households.toArray();
    expect(households).toHaveLength(2);
    for (const household of households) {
      expect(household).not.toHaveProperty('name');
      expect(household).not.toHaveProperty('phone');
      expect(household).not.toHaveProperty('houseNumber');
      expect(household.adults).toBe(2);
    }
    expect(households.map((household) => household.postcode).sort()).toEqual(['463', '7091']);
    const [report] = await db.reports.toArray();
    expect(report).toMatchObject({ service: 'ambulance', urgency: 'urgent', description: '' });
    expect(report).not.toHaveProperty('reporterName');
    expect(report).not.toHaveProperty('address');
    expect(await db.visits.count()).toBe(2);
    // Messages still queued leave the tablet without personal data too.
    const queued = JSON.stringify(await db.outbox.toArray());
    for (const personal of ['Jansen', '06-12345678', 'Kerkstraat', 'Piet', 'De Vries', '7091 AB']) expect(queued).not.toContain(personal);
  });

  it('follows a shorter retention period set by the site lead', async () => {
    await seed();
    await closePoint(8, 7);
    expect(await purgePersonalDataIfDue(db)).toBe(true);
  });
});
