// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, setUpSite } from '../../src/db';
import { RegisterVisitForm } from '../../src/features/visitors/RegisterVisitForm';
import { initI18n } from '../../src/i18n';
import { useSession } from '../../src/state/session';

beforeAll(() => initI18n('nl'));
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await setUpSite(db, { siteName: 'Dorpshuis', municipality: 'Aalten' });
});
afterEach(() => {
  cleanup();
  db.outbox.hook('creating').unsubscribe(failWrite);
});

function failWrite(): never {
  throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

async function fillValidVisit(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Postcode'), '7091ab');
  await user.type(screen.getByLabelText('Huisnummer'), '12');
  await user.click(screen.getByRole('button', { name: 'Drinkwater' }));
}

describe('registering a visitor at the desk', () => {
  it('tells the volunteer what to fix, in Dutch', async () => {
    const user = userEvent.setup();
    render(<RegisterVisitForm />);
    await user.type(screen.getByLabelText('Postcode'), '12345X');
    await user.click(screen.getByRole('button', { name: 'Inschrijven' }));
    expect(screen.getByText(/4 cijfers en 2 letters/)).toBeTruthy();
    expect(screen.getByText('Vul het huisnummer in.')).toBeTruthy();
    expect(screen.getByText('Kies minstens één reden van komst.')).toBeTruthy();
    expect(await db.visits.count()).toBe(0);
  });

  it('stores the visit, queues its message and clears the form', async () => {
    const user = userEvent.setup();
    render(<RegisterVisitForm />);
    await fillValidVisit(user);
    expect(useSession.getState().unsavedForms.registerVisit).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Inschrijven' }));
    await screen.findByTestId('register-saved');
    expect(await db.visits.count()).toBe(1);
    expect((await db.households.toArray())[0].postcode).toBe('7091 AB');
    expect(await db.outbox.count()).toBe(1);
    expect((screen.getByLabelText('Postcode') as HTMLInputElement).value).toBe('');
    await waitFor(() => expect(useSession.getState().unsavedForms.registerVisit).toBeUndefined());
  });

  it('keeps what was typed and says what to do when the tablet storage is full', async () => {
    const user = userEvent.setup();
    db.outbox.hook('creating', failWrite);
    render(<RegisterVisitForm />);
    await fillValidVisit(user);
    await user.click(screen.getByRole('button', { name: 'Inschrijven' }));
    const alert = await screen.findByTestId('storage-error');
    expect(alert.dataset.kind).toBe('quota');
    expect(alert.textContent).toMatch(/opslag van deze tablet is vol/);
    expect((screen.getByLabelText('Postcode') as HTMLInputElement).value).toBe('7091ab');
    expect(await db.visits.count()).toBe(0);
  });
});
