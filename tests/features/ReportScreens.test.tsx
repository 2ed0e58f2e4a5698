// @vitest-environment jsdom
/**
 * What the desk shows of its reports: the open list most urgent first, the status timeline
 * from saved to closed, the bilingual radio summary, and the escalation banner that appears by
 * itself when an urgent report misses its delivery deadline.
 */
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import i18next from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createEmergencyReport, db, registerVisit, setSiteSetting, setUpSite, type EmergencyReportInput } from '../../src/db';
import { newId, type ReportStatus } from '../../src/domain';
import { EscalationBanner } from '../../src/features/reports/EscalationBanner';
import ReportScreen from '../../src/features/reports/ReportScreen';
import ReportsScreen from '../../src/features/reports/ReportsScreen';
import { initI18n } from '../../src/i18n';
import { useSession } from '../../src/state/session';
import { SAMPLE_VISIT } from '../db/helpers';

beforeAll(() => initI18n('nl'));
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await setUpSite(db, { siteName: 'Dorpshuis Dinxperlo', municipality: 'Aalten' });
  useSession.setState({ language: 'nl', site: { id: 'site', name: 'Dorpshuis Dinxperlo', municipality: 'Aalten' } });
  await i18next.changeLanguage('nl');
});
afterEach(cleanup);

const REPORT: EmergencyReportInput = {
  service: 'ambulance',
  incident: ['unconscious', 'breathing'],
  description: 'Man van ongeveer 70 in elkaar gezakt',
  urgency: 'lifeThreatening',
  address: 'Markt 1, Dinxperlo',
  peopleInvolved: 1,
  reporterName: 'Anja',
  reporterWaitsAt: 'voordeur',
  occurredAt: '2026-11-25T13:02:00.000Z',
};

const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

/** What sync does when the coordination point accepted the report (src/sync/engine.ts, settle). */
async function deliver(reportId: string) {
  await db.transaction('rw', db.outbox, db.reports, async () => {
    const entries = await db.outbox.where('type').equals('report.created').toArray();
    await db.outbox.bulkDelete(entries.filter((entry) => (entry.envelope.payload as { id: string }).id === reportId).map((entry) => entry.seq!));
    await db.reports.update(reportId, { deliveredAt: new Date().toISOString() });
  });
}

async function statusFromCoordination(reportId: string, status: ReportStatus) {
  await db.reportEvents.add({ id: newId(), reportId, status, by: 'CP Apeldoorn', at: new Date().toISOString() });
}

describe('the open reports list', () => {
  it('shows the open reports most urgent first, then oldest, and folds the closed ones away', async () => {
    const late = await createEmergencyReport(db, { ...REPORT, urgency: 'urgent', address: 'Late' }, minutesAgo(1));
    const early = await createEmergencyReport(db, { ...REPORT, urgency: 'urgent', address: 'Early' }, minutesAgo(9));
    const calm = await createEmergencyReport(db, { ...REPORT, urgency: 'notUrgent', address: 'Calm' }, minutesAgo(30));
    const life = await createEmergencyReport(db, { ...REPORT, address: 'Life' }, minutesAgo(2));
    const done = await createEmergencyReport(db, { ...REPORT, address: 'Done' }, minutesAgo(40));
    await statusFromCoordination(done.id, 'closed');
    render(<ReportsScreen />);
    const list = await screen.findByTestId('open-reports');
    await waitFor(() => expect(list.querySelectorAll('li')).toHaveLength(4));
    expect([...list.querySelectorAll('li')].map((item) => item.getAttribute('data-report'))).toEqual([life.id, early.id, late.id, calm.id]);
    expect(within(list).getAllByText('Wacht op verbinding')).toHaveLength(4);
    expect(screen.getByText('Afgesloten noodmeldingen (1)')).toBeTruthy();
  });
});

describe('a report’s timeline', () => {
  it('goes from waiting (first in the queue) to delivered to help on the way', async () => {
    await registerVisit(db, SAMPLE_VISIT);
    await registerVisit(db, SAMPLE_VISIT);
    const report = await createEmergencyReport(db, REPORT);
    render(<ReportScreen id={report.id} />);
    const step = async (name: string) => (await screen.findByTestId('report-timeline')).querySelector(`[data-step="${name}"]`)!.getAttribute('data-state');

    await waitFor(async () => expect(await step('waiting')).toBe('current'));
    expect((await screen.findByTestId('queue-position')).dataset.position).toBe('1');

    await act(() => deliver(report.id));
    await waitFor(async () => expect(await step('delivered')).toBe('done'));
    expect(await step('acknowledged')).toBe('current');

    await act(() => statusFromCoordination(report.id, 'helpOnTheWay'));
    await waitFor(async () => expect(await step('helpOnTheWay')).toBe('done'));
    expect(await step('forwarded')).toBe('done');
    expect(await step('closed')).toBe('current');
  });

  it('tells the volunteer to use the radio when the coordination point refused the report', async () => {
    const report = await createEmergencyReport(db, REPORT);
    await db.outbox.where('type').equals('report.created').modify({ state: 'rejected', lastError: 'payload: address too long' });
    render(<ReportScreen id={report.id} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/geweigerd \(payload: address too long\).*portofoon/);
  });

  it('gives a summary for the radio with Dutch and German labels', async () => {
    const report = await createEmergencyReport(db, { ...REPORT, position: { lat: 51.86123, lon: 6.61235 } });
    render(<ReportScreen id={report.id} />);
    const summary = (await screen.findByTestId('report-summary')).textContent!;
    expect(summary).toContain('NOODMELDING / NOTRUF');
    expect(summary).toContain('Noodsteunpunt [Anlaufstelle]: Dorpshuis Dinxperlo (Aalten)');
    expect(summary).toContain('Urgentie [Dringlichkeit]: LEVENSBEDREIGEND – NU [LEBENSBEDROHLICH – JETZT]');
    expect(summary).toContain('Hulp [Hilfe]: Ambulance [Rettungsdienst]');
    expect(summary).toContain('Wat [Was]: Bewusteloos / onwel [Bewusstlos / nicht ansprechbar]; Ademnood [Atemnot]; Man van ongeveer 70 in elkaar gezakt');
    expect(summary).toContain('Waar [Wo]: Markt 1, Dinxperlo');
    expect(summary).toContain('Positie [Position]: 51.86123, 6.61235');
    expect(summary).toContain('Tijdstip [Zeitpunkt]: 25-11-2026 14:02');
    expect(summary).toContain('Melder [Meldende Person]: Anja');
    expect(summary).toContain('Wacht bij [Wartet bei]: voordeur');
    expect(summary).toContain(`Kenmerk [Kennung]: ${report.id.slice(0, 8).toUpperCase()}`);
  });
});

describe('escalation', () => {
  it('appears by itself when an urgent report misses the deadline, and goes when it is delivered', async () => {
    await setSiteSetting(db, 'escalateAfterMinutes', 0.02); // 1.2 seconds
    const report = await createEmergencyReport(db, REPORT);
    await createEmergencyReport(db, { ...REPORT, urgency: 'notUrgent' }, minutesAgo(60));
    render(<EscalationBanner />);
    expect(screen.queryByTestId('escalation-banner')).toBeNull();
    const banner = await screen.findByTestId('escalation-banner', {}, { timeout: 4000 });
    expect(banner.dataset.count).toBe('1'); // the not-urgent report waits without alarm
    expect(banner.textContent).toMatch(/1 dringende noodmelding is na 0.02 minuten nog niet bij het coördinatiepunt/);
    expect(within(banner).getByRole('link', { name: 'Samenvatting voor portofoon' }).getAttribute('href')).toBe(`/desk/reports/${report.id}`);

    await act(() => deliver(report.id));
    await waitFor(() => expect(screen.queryByTestId('escalation-banner')).toBeNull());
  });

  it('beeps the critical alarm once a tap has allowed sound (the page cannot before)', async () => {
    // A WebAudio stand-in that notes the tones it is asked to play.
    const tones: number[] = [];
    class FakeAudioContext {
      state: AudioContextState = 'suspended';
      currentTime = 0;
      destination = {};
      resume() {
        this.state = 'running';
        return Promise.resolve();
      }
      createGain() {
        const ramp = () => undefined;
        return { gain: { value: 0, setValueAtTime: ramp, exponentialRampToValueAtTime: ramp }, connect: (next: unknown) => next };
      }
      createOscillator() {
        const oscillator = { type: '', frequency: { value: 0 }, connect: (next: unknown) => next, start: () => tones.push(oscillator.frequency.value), stop: () => undefined };
        return oscillator;
      }
    }
    vi.stubGlobal('AudioContext', FakeAudioContext);
    try {
      await createEmergencyReport(db, REPORT, minutesAgo(6));
      render(<EscalationBanner />);
      await screen.findByTestId('escalation-banner');
      expect(tones).toEqual([]);
      // The banner's tap listener is attached in a passive effect, which React may run a moment
      // after the banner is in the page (CI once tapped before it): tap until a tap is heard.
      // The listener is a one-shot, so later taps cannot add tones.
      await waitFor(() => {
        fireEvent.pointerDown(document.body);
        expect(tones).toEqual([988, 1319, 988]);
      });
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('waits the site’s number of minutes (default 5) and speaks German', async () => {
    useSession.setState({ language: 'de' });
    await i18next.changeLanguage('de');
    await createEmergencyReport(db, REPORT, minutesAgo(4));
    await createEmergencyReport(db, { ...REPORT, urgency: 'urgent' }, minutesAgo(6));
    render(<EscalationBanner />);
    const banner = await screen.findByTestId('escalation-banner');
    expect(banner.dataset.count).toBe('1');
    expect(banner.textContent).toMatch(/1 dringender Notruf ist nach 5 Minuten noch nicht beim Koordinationspunkt/);
  });

  it('marks the fallback on the report page as escalated', async () => {
    const report = await createEmergencyReport(db, REPORT, minutesAgo(6));
    render(<ReportScreen id={report.id} />);
    await waitFor(() => expect(screen.getByTestId('fallback').dataset.escalated).toBe('true'));
    expect(screen.getByText(/Na 5 minuten nog niet bij het coördinatiepunt/)).toBeTruthy();
  });
});
