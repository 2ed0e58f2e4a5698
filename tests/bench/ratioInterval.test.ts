import { describe, expect, it } from 'vitest';
import { ratioInterval, startSubject, type StartSubject } from '../../bench/lib/startup';

function subject(sessions: number[][]): StartSubject {
  return { ...startSubject('s', '', ''), sessionTimes: sessions, times: sessions.flat() };
}

describe('the start-up bench’s interval of a ratio to the floor', () => {
  it('is the ratio itself when every session measured the same', () => {
    const floor = subject([[100, 100], [100, 100], [100, 100], [100, 100]]);
    const desk = subject([[150, 150], [150, 150], [150, 150], [150, 150]]);
    expect(ratioInterval(desk, floor)).toEqual([1.5, 1.5]);
  });

  it('widens with a session that differs, and holds the run’s ratio', () => {
    const floor = subject([[100], [100], [100], [100], [100], [100]]);
    const desk = subject([[140], [145], [150], [155], [160], [220]]);
    const [low, high] = ratioInterval(desk, floor)!;
    expect(low).toBeLessThan(1.5);
    expect(high).toBeGreaterThan(1.55);
    expect(low).toBeGreaterThanOrEqual(1.4);
    expect(high).toBeLessThanOrEqual(2.2);
  });

  it('gives none with fewer than three sessions', () => {
    expect(ratioInterval(subject([[150], [150]]), subject([[100], [100]]))).toBeUndefined();
  });
});
