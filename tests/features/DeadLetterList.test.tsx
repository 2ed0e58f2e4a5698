// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, enqueue, setUpSite } from '../../src/db';
import { DeadLetterList } from '../../src/features/lead/DeadLetterList';
import { initI18n } from '../../src/i18n';

beforeAll(() => initI18n('nl'));
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await setUpSite(db, { siteName: 'Dorpshuis', municipality: 'Aalten' });
});
afterEach(cleanup);

/** A message the coordination point refused, as the sync engine parks it. */
async function refused() {
  return db.transaction('rw', db.outbox, db.meta, async () => {
    const entry = await enqueue(db, 'signal.created', { id: crypto.randomUUID(), category: 'water', text: 'Geen water', at: new Date().toISOString() });
    await db.outbox.update(entry.seq!, { state: 'rejected', lastError: 'payload: text: too short for the region' });
    return entry;
  });
}

describe('refused messages for the site lead', () => {
  it("shows the coordination point's error, refuses broken JSON, and queues a fixed message again", async () => {
    const user = userEvent.setup();
    const entry = await refused();
    render(<DeadLetterList />);
    await screen.findByText(/too short for the region/);
    await user.click(screen.getByRole('button', { name: 'Verbeteren' }));
    const editor = screen.getByRole('textbox', { name: 'Verbeteren' });
    await user.clear(editor);
    await user.type(editor, '{{ not json');
    await user.click(screen.getByRole('button', { name: 'Opnieuw versturen' }));
    expect((await screen.findByTestId('storage-error')).dataset.kind).toBe('invalid');
    expect((await db.outbox.get(entry.seq!))?.state).toBe('rejected');

    await user.clear(editor);
    await user.paste(JSON.stringify({ ...entry.envelope.payload, text: 'Geen waterdruk in de flat aan de Kerkstraat' }));
    await user.click(screen.getByRole('button', { name: 'Opnieuw versturen' }));
    await waitFor(async () => expect((await db.outbox.get(entry.seq!))?.state).toBe('pending'));
    expect((await db.outbox.get(entry.seq!))?.envelope.id).toBe(entry.id);
  });

  it('discards a message only with a reason, and keeps it with that reason', async () => {
    const user = userEvent.setup();
    const entry = await refused();
    render(<DeadLetterList />);
    await user.click(await screen.findByRole('button', { name: 'Verwijderen' }));
    const confirm = screen.getAllByRole('button', { name: 'Verwijderen' }).at(-1)!;
    expect(confirm.hasAttribute('disabled')).toBe(true);
    await user.type(screen.getByLabelText('Reden van verwijderen'), 'Dubbel ingevoerd');
    await user.click(confirm);
    await waitFor(async () => expect(await db.outbox.get(entry.seq!)).toMatchObject({ state: 'discarded', discardReason: 'Dubbel ingevoerd' }));
  });
});
