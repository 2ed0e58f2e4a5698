import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkEnvelope, priorityOf, PRIORITY } from '../../src/domain';

const base = () => ({ id: randomUUID(), siteId: randomUUID(), deviceId: randomUUID(), createdAt: new Date().toISOString() });

describe('checkEnvelope', () => {
  it('accepts a valid signal', () => {
    const result = checkEnvelope({ ...base(), type: 'signal.created', payload: { id: randomUUID(), category: 'water', text: 'Geen waterdruk', at: new Date().toISOString() } });
    expect(result.ok).toBe(true);
  });

  it('names the field that is wrong', () => {
    const result = checkEnvelope({ ...base(), type: 'signal.created', payload: { id: 'nope', category: 'water', text: '', at: 'yesterday' } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/payload: id: .*; text: .*; at: /);
  });

  it('refuses unknown types and types owned by the coordination point', () => {
    expect(checkEnvelope({ ...base(), type: 'drop.tables', payload: {} })).toMatchObject({ ok: false, error: expect.stringContaining('unknown message type') });
    const status = { ...base(), type: 'report.statusChanged', payload: { reportId: randomUUID(), status: 'closed', by: 'x', at: new Date().toISOString() } };
    expect(checkEnvelope(status)).toMatchObject({ ok: false, error: expect.stringContaining('coordination point') });
    expect(checkEnvelope(status, 'coordination').ok).toBe(true);
  });

  it('gives emergency reports the first priority', () => {
    expect(priorityOf('report.created')).toBe(PRIORITY.emergency);
    expect(priorityOf('stock.moved')).toBeGreaterThan(PRIORITY.emergency);
  });
});
