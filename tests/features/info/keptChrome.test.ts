// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetLoadedChrome, keepChrome, keptChrome } from '../../../src/features/info/kiosk/keptChrome';

const KEY = 'noodsteunpunt-kiosk-chrome';
const resize = (width: number, height: number) => Object.assign(window, { innerWidth: width, innerHeight: height });

beforeEach(() => {
  localStorage.clear();
  forgetLoadedChrome();
  resize(1280, 800);
});
afterEach(() => vi.restoreAllMocks());

describe("the kiosk's kept header and footer heights", () => {
  it('are kept per screen size, and read again on the next start', () => {
    expect(keptChrome()).toBeUndefined();
    keepChrome({ top: 92.4, bottom: 101 });
    resize(800, 1280);
    keepChrome({ top: 150, bottom: 180 });
    forgetLoadedChrome();
    expect(keptChrome()).toEqual({ top: 150, bottom: 180 });
    resize(1280, 800);
    expect(keptChrome()).toEqual({ top: 92.4, bottom: 101 });
  });

  it('are not written again when unchanged, and keep the latest four screen sizes', () => {
    keepChrome({ top: 90, bottom: 100 });
    const write = vi.spyOn(Storage.prototype, 'setItem');
    keepChrome({ top: 90, bottom: 100 });
    expect(write).not.toHaveBeenCalled();
    for (const width of [1, 2, 3, 4]) {
      resize(width, 800);
      keepChrome({ top: width, bottom: width });
    }
    expect((JSON.parse(localStorage.getItem(KEY)!) as [string][]).map(([size]) => size)).toEqual(['1x800', '2x800', '3x800', '4x800']);
  });

  it.each([
    ['not JSON', '[["1280x800", {"top": 9'],
    ['not a list', '{"1280x800": {"top": 90, "bottom": 100}}'],
    ['a height that is not a number', '[["1280x800", {"top": "90", "bottom": 100}]]'],
    ['a negative height', '[["1280x800", {"top": -5, "bottom": 100}]]'],
    ['no footer height', '[["1280x800", {"top": 90}]]'],
  ])('ignore %s: the start draws all in one frame, and measures again', (_name, stored) => {
    localStorage.setItem(KEY, stored);
    expect(keptChrome()).toBeUndefined();
    keepChrome({ top: 90, bottom: 100 });
    forgetLoadedChrome();
    expect(keptChrome()).toEqual({ top: 90, bottom: 100 });
  });

  it('stay for this page when storage is full', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => keepChrome({ top: 90, bottom: 100 })).not.toThrow();
    expect(keptChrome()).toEqual({ top: 90, bottom: 100 });
  });
});
