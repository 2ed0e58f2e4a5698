// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CATALOGUE_IDS, stockBalances } from '../../src/domain/lead';
import { db, moveStock, registerVisit, requestSupply, seedCatalogue, setUpSite, type StoredSupplyEvent } from '../../src/db/lead';
import { HandOutPanel } from '../../src/features/stock/HandOutPanel';
import ItemDetail from '../../src/features/stock/ItemDetail';
import { ItemForm } from '../../src/features/stock/ItemForm';
import SupplyRequestDraft from '../../src/features/stock/SupplyRequestDraft';
import { SupplyRequestList } from '../../src/features/stock/SupplyRequestList';
import { initI18n } from '../../src/i18n';
import { useSession } from '../../src/state/session';
import { switchLanguage } from './helpers';

const WATER = CATALOGUE_IDS.drinkingWater;
const FOOD = CATALOGUE_IDS.foodPackages;
let householdId: string;

beforeAll(() => initI18n('nl'));
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await setUpSite(db, { siteName: 'Dorpshuis', municipality: 'Aalten' });
  await seedCatalogue(db);
  await moveStock(db, 'received', { itemId: WATER, quantity: 100, by: 'Test' });
  await moveStock(db, 'received', { itemId: FOOD, quantity: 10, by: 'Test' });
  const visit = await registerVisit(db, { household: { adults: 1, children: 1, residence: 'passingThrough', language: 'nl', flags: { medicalDevice: false, reducedMobility: false, livesAlone: false, needsFollowUp: false } }, needs: ['drinkingWater'] });
  householdId = visit.householdId;
  useSession.setState({ operator: { volunteerId: crypto.randomUUID(), name: 'Anna' } });
});
afterEach(async () => {
  cleanup();
  await switchLanguage('nl');
});

const waterTile = () => document.querySelector(`.handout-tile[data-item-id="${WATER}"]`) as HTMLElement;
const balance = async (itemId: string) => stockBalances(await db.stockMovements.toArray()).get(itemId) ?? 0;

describe('HandOutPanel', () => {
  it('hands out the fair share in two taps, stamped with who did it', async () => {
    const user = userEvent.setup();
    render(<HandOutPanel householdId={householdId} householdSize={2} />);
    await waitFor(() => expect(waterTile()).toBeTruthy());
    await user.click(waterTile());
    expect(screen.getByTestId('handout-amount').textContent).toBe('6 liter');
    expect(screen.queryByTestId('short-stock')).toBeNull();
    await user.click(screen.getByTestId('handout-submit'));
    await screen.findByTestId('handout-done');
    const [issued] = (await db.stockMovements.toArray()).filter((movement) => movement.kind === 'issued');
    expect(issued).toMatchObject({ itemId: WATER, delta: -6, householdId, by: 'Anna' });
    expect(issued.reason).toBeUndefined();
    await waitFor(() => expect(waterTile().textContent).toContain('Vandaag 6 van 6 liter'));
  });

  it('warns once the household had its share and needs a reason, in Dutch and German', async () => {
    const user = userEvent.setup();
    await moveStock(db, 'issued', { itemId: FOOD, quantity: 1, householdId, by: 'Piet' });
    render(<HandOutPanel householdId={householdId} householdSize={2} />);
    const food = await waitFor(() => {
      const tile = document.querySelector(`.handout-tile[data-item-id="${FOOD}"]`) as HTMLElement;
      expect(tile.textContent).toContain('Vandaag 1 van 1 pakket');
      return tile;
    });
    await user.click(food);
    expect(screen.getByTestId('fair-share-warning').textContent).toContain('kreeg vandaag al 1 pakket; het eerlijk aandeel is 1 pakket per dag');
    await user.click(screen.getByTestId('handout-submit'));
    expect(screen.getByText('Vul een reden in om meer dan het eerlijk aandeel uit te geven.')).toBeTruthy();
    await switchLanguage('de');
    expect(screen.getByText('Bitte einen Grund angeben, um mehr als den gerechten Anteil auszugeben.')).toBeTruthy();
    expect(screen.getByTestId('handout-submit').textContent).toBe('Trotzdem 1 Paket ausgeben');
    expect(screen.queryByTestId('short-stock')).toBeNull(); // 9 left
    await user.click(screen.getByRole('button', { name: 'Menge +' }));
    for (let more = 0; more < 8; more += 1) await user.click(screen.getByRole('button', { name: 'Menge +' }));
    expect(screen.getByTestId('short-stock').textContent).toContain('noch 9 Pakete');
    for (let less = 0; less < 9; less += 1) await user.click(screen.getByRole('button', { name: 'Menge −' }));
    expect((await db.stockMovements.toArray()).filter((movement) => movement.kind === 'issued').length).toBe(1);

    await user.type(screen.getByLabelText('Grund für die Ausgabe trotzdem'), 'Familie mit Baby');
    await user.click(screen.getByTestId('handout-submit'));
    await screen.findByTestId('handout-done');
    const override = ((await db.stockMovements.toArray()).filter((movement) => movement.kind === 'issued')).find((movement) => movement.by === 'Anna');
    expect(override).toMatchObject({ itemId: FOOD, delta: -1, householdId, reason: 'Familie mit Baby' });
  });
});

describe('item page: movements and stocktake', () => {
  it('says what to fix, in Dutch and German, and stores nothing until it is right', async () => {
    const user = userEvent.setup();
    render(<ItemDetail itemId={WATER} />);
    await screen.findByTestId('item-balance');
    await user.click(screen.getByTestId('movement-submit'));
    expect(screen.getByText('Vul een hoeveelheid groter dan 0 in.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Afgeschreven' }));
    await user.type(screen.getByLabelText('Hoeveelheid (liter)'), '5');
    await user.click(screen.getByTestId('movement-submit'));
    expect(screen.getByText('Vul een reden in.')).toBeTruthy();
    await switchLanguage('de');
    expect(screen.getByText('Bitte einen Grund angeben.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'An andere Stelle' }));
    await user.click(screen.getByTestId('movement-submit'));
    expect(screen.getByText('Bitte angeben, an welche Anlaufstelle es geht.')).toBeTruthy();
    expect(await db.stockMovements.count()).toBe(2);
  });

  it('records a stocktake as the difference, with comma decimals', async () => {
    const user = userEvent.setup();
    render(<ItemDetail itemId={WATER} />);
    await screen.findByTestId('item-balance');
    await user.click(screen.getByRole('button', { name: 'Geteld' }));
    await user.type(screen.getByLabelText('Geteld (liter)'), '92,5');
    expect(screen.getByTestId('count-difference').textContent).toBe('Volgens de administratie: 100 liter. Correctie: -7,5 liter.');
    await user.click(screen.getByTestId('movement-submit'));
    await screen.findByTestId('movement-saved');
    expect(await balance(WATER)).toBe(92.5);
    await waitFor(() => expect(screen.getByTestId('item-balance').dataset.balance).toBe('92.5'));
    expect(screen.getByTestId('history').textContent).toContain('Geteld');
  });
});

describe('extending the catalogue', () => {
  it('checks a new item in both languages and stores it with its fair-share rule', async () => {
    const user = userEvent.setup();
    let savedId: string | undefined;
    render(<ItemForm onSaved={(item) => (savedId = item.id)} />);
    await user.type(screen.getByLabelText('Minimum'), '-1');
    await user.type(screen.getByLabelText('Eerlijk aandeel per persoon per dag (optioneel)'), '0');
    await user.click(screen.getByTestId('item-submit'));
    expect(screen.getByText('Vul een naam in.')).toBeTruthy();
    expect(screen.getByText('Vul een minimum in (0 of meer).')).toBeTruthy();
    expect(screen.getByText('Een eerlijk aandeel is een getal groter dan 0, of leeg.')).toBeTruthy();
    await switchLanguage('de');
    expect(screen.getByText('Bitte einen Namen eingeben.')).toBeTruthy();
    expect(screen.getByText('Ein gerechter Anteil ist eine Zahl größer als 0, oder leer.')).toBeTruthy();

    await user.type(screen.getByLabelText('Name (Niederländisch)'), 'Zaklampen');
    await user.type(screen.getByLabelText('Name (Deutsch, optional)'), 'Taschenlampen');
    await user.clear(screen.getByLabelText('Mindestbestand'));
    await user.type(screen.getByLabelText('Mindestbestand'), '10');
    await user.clear(screen.getByLabelText('Gerechter Anteil pro Person und Tag (optional)'));
    await user.type(screen.getByLabelText('Gerechter Anteil pro Haushalt und Tag (optional)'), '1');
    await user.click(screen.getByTestId('item-submit'));
    await waitFor(() => expect(savedId).toBeDefined());
    expect(await db.stockItems.get(savedId!)).toMatchObject({ name: { nl: 'Zaklampen', de: 'Taschenlampen' }, unit: 'piece', minimum: 10, fairShare: { perHouseholdPerDay: 1 } });
    expect(await db.outbox.where('type').equals('stock.itemDefined').count()).toBe(11);
  });
});

describe('supply requests', () => {
  it('drafts a request for everything under its minimum, up to twice the minimum, and queues it', async () => {
    const user = userEvent.setup();
    render(<SupplyRequestDraft />);
    const waterLine = await waitFor(() => {
      const line = document.querySelector(`[data-testid="draft-line"][data-item-id="${WATER}"]`);
      if (!line) throw new Error('draft not rendered yet');
      return line;
    });
    expect((waterLine.querySelector('input.quantity-input') as HTMLInputElement).value).toBe('500'); // 2 × 300 − 100
    expect(screen.getByRole('button', { name: 'Kritiek' }).getAttribute('aria-pressed')).toBe('true'); // some items are at 0
    await user.click(screen.getByTestId('send-request'));
    await waitFor(async () => expect(await db.supplyRequests.count()).toBe(1));
    const [request] = await db.supplyRequests.toArray();
    expect(request.items).toHaveLength(10);
    expect(request).toMatchObject({ urgency: 'critical', by: 'Anna' });
    expect(await db.outbox.where('type').equals('supply.requested').count()).toBe(1);
  });

  it('shows the coordination point’s answer and books what arrived in one confirmation', async () => {
    const user = userEvent.setup();
    const request = await requestSupply(db, { items: [{ itemId: WATER, name: { nl: 'Drinkwater', de: 'Trinkwasser' }, unit: 'litre', quantity: 500 }], urgency: 'urgent', by: 'Anna' });
    await db.supplyEvents.add({ id: crypto.randomUUID(), requestId: request.id, status: 'dispatched', items: [{ itemId: WATER, quantity: 400 }], note: 'Vrachtwagen 2', by: 'CP Apeldoorn', at: new Date().toISOString() } as StoredSupplyEvent);
    render(<SupplyRequestList />);
    const row = await screen.findByTestId('supply-request');
    await waitFor(() => expect(row.dataset.status).toBe('dispatched'));
    expect(row.textContent).toContain('Vrachtwagen 2');
    await user.click(screen.getByRole('button', { name: 'Levering ontvangen' }));
    const input = row.querySelector('input.quantity-input') as HTMLInputElement;
    expect(input.value).toBe('400');
    await user.clear(input);
    await user.type(input, '380');
    await user.click(screen.getByTestId('confirm-received'));
    await waitFor(() => expect(screen.getByTestId('supply-request').dataset.status).toBe('received'));
    expect(await balance(WATER)).toBe(480);
    expect(await db.outbox.where('type').equals('supply.received').count()).toBe(1);
  });
});
