import { describe, expect, it } from 'vitest';
import { inTurn, LIGHT_BURST } from '../../server/turns';

describe('heavy request work in turns of the event loop', () => {
  it('runs one piece per turn, so I/O and timers of the loop get their turn in between', async () => {
    const seen: string[] = [];
    const pieces = [1, 2, 3].map((n) =>
      inTurn('check', () => {
        seen.push(`piece ${n}`);
        // What the loop has to do meanwhile (a database answer, another request) is queued now.
        setImmediate(() => seen.push(`loop after ${n}`));
        return n;
      }),
    );
    expect(await Promise.all(pieces)).toEqual([1, 2, 3]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(seen).toEqual(['piece 1', 'loop after 1', 'piece 2', 'loop after 2', 'piece 3', 'loop after 3']);
  });

  it("runs a request's later steps first, so pushes flow through while more arrive", async () => {
    const order: string[] = [];
    const run = (step: 'inflate' | 'parse' | 'check', name: string) => inTurn(step, () => order.push(name));
    await Promise.all([run('inflate', 'inflate A'), run('inflate', 'inflate B'), run('parse', 'parse C'), run('check', 'check D'), run('parse', 'parse E')]);
    expect(order).toEqual(['check D', 'parse C', 'parse E', 'inflate A', 'inflate B']);
  });

  it('runs light work (a small body, such as an emergency report alone) before everything else', async () => {
    const order: string[] = [];
    await Promise.all([
      inTurn('check', () => order.push('check of a backlog')),
      inTurn('inflate', () => order.push('inflate of a backlog')),
      inTurn('parse', () => order.push('parse of an emergency report'), true),
      inTurn('check', () => order.push('check of an emergency report'), true),
    ]);
    expect(order).toEqual(['parse of an emergency report', 'check of an emergency report', 'check of a backlog', 'inflate of a backlog']);
  });

  it('lets one heavy piece go after a burst of light ones, so a stream of small pushes cannot hold a backlog back for ever', async () => {
    const order: string[] = [];
    const light = Array.from({ length: LIGHT_BURST * 2 + 1 }, (_, n) => inTurn('check', () => order.push(`light ${n}`), true));
    await Promise.all([inTurn('check', () => order.push('backlog')), ...light]);
    expect(order.indexOf('backlog')).toBe(LIGHT_BURST);
    expect(order.filter((piece) => piece.startsWith('light'))).toEqual(Array.from({ length: LIGHT_BURST * 2 + 1 }, (_, n) => `light ${n}`));
  });

  it('answers each piece with its own error and goes on', async () => {
    const failing = inTurn('parse', () => {
      throw new SyntaxError('Unexpected end of JSON input');
    });
    const next = inTurn('parse', () => 'parsed');
    await expect(failing).rejects.toThrow(SyntaxError);
    expect(await next).toBe('parsed');
  });
});
