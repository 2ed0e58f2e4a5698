import { describe, expect, it } from 'vitest';
import { deskView, isDeskPath } from '../../src/features/desk/deskPaths';

describe('desk routes', () => {
  it.each([
    ['/desk', { view: 'register' }],
    ['/desk/', { view: 'register' }],
    ['/desk/reports', { view: 'reports' }],
    ['/desk/reports/new', { view: 'newReport' }],
    ['/desk/reports/3F2A9C1B-0000-4000-8000-000000000001', { view: 'report', id: '3f2a9c1b-0000-4000-8000-000000000001' }],
    ['/desk/signals', { view: 'signals' }],
    ['/desk/helpers/', { view: 'helpers' }],
    ['/desk/unknown', { view: 'register' }],
  ])('reads %s', (path, view) => {
    expect(deskView(path)).toEqual(view);
  });

  it('claims /desk and below only', () => {
    expect(['/desk', '/desk/signals', '/desks', '/lead', '/kiosk'].map(isDeskPath)).toEqual([true, true, false, false, false]);
  });
});
