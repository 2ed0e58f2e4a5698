// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetKeptHeights, keepHeight, keptHeight } from '../../src/app/laterChrome';

const KEY = 'noodsteunpunt-chrome-heights';
const resize = (width: number, height: number) => Object.assign(window, { innerWidth: width, innerHeight: height });

beforeEach(() => {
  localStorage.clear();
  forgetKeptHeights();
  resize(1280, 800);
});
afterEach(() => vi.restoreAllMocks());

describe("the kept heights of a screen's chrome (header, tabs, footer)", () => {
  it('are kept per part and screen size, and read again on the next start', () => {
    expect(keptHeight('header nl')).toBeUndefined();
    keepHeight('header nl', 92.4);
    keepHeight('desk-nav nl', 61);
    resize(800, 1280);
    keepHeight('header nl', 150);
    forgetKeptHeights();
    expect(keptHeight('header nl')).toBe(150);
    expect(keptHeight('desk-nav nl')).toBeUndefined();
    resize(1280, 800);
    expect(keptHeight('header nl')).toBe(92.4);
    expect(keptHeight('desk-nav nl')).toBe(61);
    expect(keptHeight('header de')).toBeUndefined();
  });

  it('are not written again when unchanged, keep the latest 24, and not a height of 0 (a hidden page)', () => {
    keepHeight('header nl', 90);
    const write = vi.spyOn(Storage.prototype, 'setItem');
    keepHeight('header nl', 90);
    keepHeight('header de', 0);
    expect(write).not.toHaveBeenCalled();
    expect(keptHeight('header de')).toBeUndefined();
    for (let width = 1; width <= 24; width += 1) {
      resize(width, 800);
      keepHeight('header nl', width);
    }
    const kept = (JSON.parse(localStorage.getItem(KEY)!) as [string][]).map(([key]) => key);
    expect(kept).toHaveLength(24);
    expect(kept[0]).toBe('header nl 1x800');
    expect(kept).not.toContain('header nl 1280x800');
  });

  it.each([
    ['not JSON', '[["header nl 1280x800", 9'],
    ['not a list', '{"header nl 1280x800": 90}'],
    ['a height that is not a number', '[["header nl 1280x800", "90"]]'],
    ['a negative height', '[["header nl 1280x800", -5]]'],
    ['a height that is not finite', '[["header nl 1280x800", 1e999]]'],
  ])('ignore %s: the start draws all in one frame, and measures again', (_name, stored) => {
    localStorage.setItem(KEY, stored);
    expect(keptHeight('header nl')).toBeUndefined();
    keepHeight('header nl', 90);
    forgetKeptHeights();
    expect(keptHeight('header nl')).toBe(90);
  });

  it('stay for this page when storage is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => keepHeight('header nl', 90)).not.toThrow();
    expect(keptHeight('header nl')).toBe(90);
  });
});
