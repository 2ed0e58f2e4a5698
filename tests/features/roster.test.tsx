// @vitest-environment jsdom
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { verifyPin } from '../../src/domain/lead';
import { db, recordAttendance, saveShift, saveVolunteer, setUpSite } from '../../src/db/lead';
import { OperatorSignIn } from '../../src/features/roster/OperatorSignIn';
import RosterScreen from '../../src/features/roster/RosterScreen';
import { VolunteerForm } from '../../src/features/roster/VolunteerForm';
import { initI18n } from '../../src/i18n';
import { useSession } from '../../src/state/session';
import { switchLanguage } from './helpers';

beforeAll(() => initI18n('nl'));
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await setUpSite(db, { siteName: 'Dorpshuis', municipality: 'Aalten' });
  useSession.setState({ operator: null, role: 'lead' });
});
afterEach(async () => {
  cleanup();
  await switchLanguage('nl');
});

const base = Math.floor(Date.now() / 60_000) * 60_000;
const inHours = (hours: number) => new Date(base + hours * 3600_000).toISOString();

describe('volunteer form', () => {
  it('says what is missing in Dutch and German, then stores only a hash of the PIN', async () => {
    const user = userEvent.setup();
    let saved = false;
    render(<VolunteerForm onDone={(volunteer) => (saved = Boolean(volunteer))} />);
    await user.click(screen.getByTestId('volunteer-submit'));
    expect(screen.getByText('Vul een naam in.')).toBeTruthy();
    expect(screen.getByText('Kies een PIN van precies 4 cijfers.')).toBeTruthy();
    await switchLanguage('de');
    expect(screen.getByText('Bitte einen Namen eingeben.')).toBeTruthy();
    expect(screen.getByText('Bitte eine PIN mit genau 4 Ziffern wählen.')).toBeTruthy();
    expect(await db.volunteers.count()).toBe(0);

    await user.type(screen.getByLabelText('Name'), 'Jutta Schmidt');
    await user.click(screen.getByRole('button', { name: 'Erste Hilfe' }));
    await user.click(screen.getByRole('button', { name: 'Spricht Deutsch' }));
    await user.type(screen.getByLabelText('PIN für das Tablet (4 Ziffern)'), '12ab345');
    await user.click(screen.getByTestId('volunteer-submit'));
    await waitFor(() => expect(saved).toBe(true));
    const [volunteer] = await db.volunteers.toArray();
    expect(volunteer).toMatchObject({ name: 'Jutta Schmidt', skills: ['firstAid', 'speaksGerman'] });
    expect(await verifyPin('1234', volunteer.pinHash)).toBe(true);
  });
});

describe('roster screen', () => {
  it('warns about a shift without a first aider and one short of people, and shows who is on site', async () => {
    const lead = await saveVolunteer(db, { name: 'Anna', organisation: 'municipality', skills: ['canLead'], pin: '1111' });
    const desk = await saveVolunteer(db, { name: 'Piet', organisation: 'citizen', skills: [], pin: '2222' });
    await saveShift(db, { role: 'lead', start: inHours(1), end: inHours(5), needed: 1, volunteerIds: [lead.id] });
    await saveShift(db, { role: 'desk', start: inHours(1), end: inHours(5), needed: 2, volunteerIds: [desk.id] });
    await recordAttendance(db, desk.id, 'checkIn');
    render(<RosterScreen />);
    const coverage = await screen.findByTestId('coverage');
    await waitFor(() => expect(within(coverage).getAllByTestId('coverage-warning').map((item) => item.dataset.kind).sort()).toEqual(['noFirstAider', 'shortStaffed']));
    expect(coverage.textContent).toContain('Geen EHBO’er aanwezig');
    expect(coverage.textContent).toContain('Balie');
    expect(screen.getByText('Vrijwilligers (2, 1 aanwezig)')).toBeTruthy();

    // A desk shift planned by mistake is struck off: its shortage goes with it.
    const user = userEvent.setup();
    const deskShift = screen.getAllByTestId('shift').find((item) => item.dataset.role === 'desk')!;
    await user.click(within(deskShift).getByRole('button', { name: 'Dienst schrappen' }));
    await user.click(within(deskShift).getByTestId('confirm-cancel-shift'));
    await waitFor(() => expect(screen.getAllByTestId('shift')).toHaveLength(1));
    await waitFor(() => expect(within(coverage).getAllByTestId('coverage-warning').map((item) => item.dataset.kind)).toEqual(['noFirstAider']));
    expect((await db.shifts.toArray()).filter((shift) => shift.cancelled)).toHaveLength(1);
  });

  it('adds a shift and tells what is wrong with its times', async () => {
    const user = userEvent.setup();
    render(<RosterScreen />);
    await user.click(await screen.findByTestId('add-shift'));
    const form = screen.getByTestId('shift-form');
    await user.clear(within(form).getByLabelText('Einde'));
    await user.click(within(form).getByTestId('shift-submit'));
    expect(within(form).getByText('Vul een tijd in (uu:mm).')).toBeTruthy();
    await switchLanguage('de');
    expect(within(form).getByText('Bitte eine Uhrzeit eingeben (hh:mm).')).toBeTruthy();
    await user.type(within(form).getByLabelText('Ende'), '23:30');
    await user.click(within(form).getByRole('button', { name: 'Erste Hilfe' }));
    await user.click(within(form).getByTestId('shift-submit'));
    await waitFor(async () => expect(await db.shifts.count()).toBe(1));
    expect((await db.shifts.toArray())[0]).toMatchObject({ role: 'firstAid', needed: 2, volunteerIds: [] });
    expect(await db.outbox.where('type').equals('shift.saved').count()).toBe(1);
  });
});

describe('who is at the tablet', () => {
  it('signs a volunteer in with the right PIN only', async () => {
    const user = userEvent.setup();
    await saveVolunteer(db, { name: 'Piet', organisation: 'citizen', skills: [], pin: '2468' });
    await saveVolunteer(db, { name: 'Nieuw', organisation: 'citizen', skills: [] });
    let closed = false;
    render(<OperatorSignIn onClose={() => (closed = true)} />);
    expect((await screen.findByRole('button', { name: /Nieuw/ })).hasAttribute('disabled')).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Piet' }));
    for (const digit of '1357') await user.click(screen.getByRole('button', { name: digit }));
    expect(await screen.findByText('Deze PIN klopt niet. Probeer het opnieuw.')).toBeTruthy();
    expect(useSession.getState().operator).toBeNull();
    for (const digit of '2468') await user.click(screen.getByRole('button', { name: digit }));
    await waitFor(() => expect(closed).toBe(true));
    expect(useSession.getState().operator).toMatchObject({ name: 'Piet' });
  });
});
