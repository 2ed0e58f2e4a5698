// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db, registerVisit, setUpSite } from '../../src/db';
import { TodayPanel } from '../../src/features/visitors/TodayPanel';
import { initI18n } from '../../src/i18n';
import { SAMPLE_VISIT } from '../db/helpers';

beforeAll(() => initI18n('nl'));
beforeEach(async () => {
  await Promise.all(db.tables.map((table) => table.clear()));
  await setUpSite(db, { siteName: 'Dorpshuis', municipality: 'Aalten' });
});
afterEach(cleanup);

describe('today at the desk', () => {
  it('offers to hand out goods to a household on site, straight into the distribution screen', async () => {
    const visit = await registerVisit(db, SAMPLE_VISIT);
    render(<TodayPanel />);
    const link = await screen.findByRole('link', { name: 'Uitgeven' });
    expect(link.getAttribute('href')).toBe(`/lead/stock/handout?household=${visit.householdId}`);
    expect(screen.getByTestId('count-on-site').textContent).toBe('1');
  });
});
