/**
 * The pure rules of info cards (src/domain/infoCards.ts), named after what they protect.
 */
import { describe, expect, it } from 'vitest';
import { formatHlc, type InfoCard } from '../../../src/domain';
import { displayDurationMs, displayOrder, isCurrent, isExpired, lastTextUpdate, newerInfoCard, stampTranslations, translationStatus } from '../../../src/domain/infoCards';

const hlc = (minute: number, node = 'tablet-a') => formatHlc({ wallMs: Date.parse('2026-11-24T12:00:00Z') + minute * 60_000, counter: 0, node });
const text = (title: string, minute: number, body = 'Tekst') => ({ title, body, updatedAt: hlc(minute) });

function card(patch: Partial<InfoCard> = {}): InfoCard {
  return {
    id: '6a1f3c2e-0000-4000-8000-000000000001',
    category: 'drinkingWater',
    nl: text('Drinkwater', 0),
    de: text('Trinkwasser', 0),
    source: 'site',
    version: 1,
    pinned: false,
    sample: false,
    deleted: false,
    updatedAt: hlc(0),
    ...patch,
  };
}

describe('translationStatus', () => {
  it('is ok when Dutch and German were written at the same time', () => {
    expect(translationStatus(card())).toEqual({ nl: 'current', de: 'current', en: 'absent', ok: true });
  });

  it('flags a missing German translation', () => {
    expect(translationStatus(card({ de: undefined }))).toMatchObject({ nl: 'current', de: 'missing', ok: false });
  });

  it('flags a translation whose title is empty as missing', () => {
    expect(translationStatus(card({ nl: text('  ', 3) }))).toMatchObject({ nl: 'missing', de: 'current', ok: false });
  });

  it('flags the German text as outdated when the Dutch text changed after it', () => {
    expect(translationStatus(card({ nl: text('Drinkwater', 5) }))).toMatchObject({ nl: 'current', de: 'outdated', ok: false });
  });

  it('flags the Dutch text as outdated when the German text changed after it', () => {
    expect(translationStatus(card({ de: text('Trinkwasser', 5) }))).toMatchObject({ nl: 'outdated', de: 'current', ok: false });
  });

  it('flags optional English only when it is older than Dutch or German, never the other way', () => {
    expect(translationStatus(card({ en: text('Drinking water', -1) }))).toMatchObject({ en: 'outdated', ok: false });
    expect(translationStatus(card({ en: text('Drinking water', 9) }))).toEqual({ nl: 'current', de: 'current', en: 'current', ok: true });
  });
});

describe('stampTranslations', () => {
  const saved = card({ nl: text('Drinkwater', 0), de: text('Trinkwasser', 0) });
  const now = hlc(10);

  it('stamps only the language that changed, so the other one is flagged', () => {
    const texts = stampTranslations(saved, { nl: { title: 'Drinkwater', body: 'Nieuw adres' }, de: { title: 'Trinkwasser', body: 'Tekst' } }, now);
    expect(texts.nl?.updatedAt).toBe(now);
    expect(texts.de?.updatedAt).toBe(hlc(0));
    expect(translationStatus(texts)).toMatchObject({ de: 'outdated' });
  });

  it('confirms the original when a translation catches up, so finishing a translation clears the flag', () => {
    const nlChanged = { ...saved, nl: text('Drinkwater', 5, 'Nieuw adres') };
    const texts = stampTranslations(nlChanged, { nl: { title: 'Drinkwater', body: 'Nieuw adres' }, de: { title: 'Trinkwasser', body: 'Neue Adresse' } }, now);
    expect(texts.de?.updatedAt).toBe(now);
    expect(texts.nl?.updatedAt).toBe(now);
    expect(translationStatus(texts).ok).toBe(true);
  });

  it('clears a flag when the editor confirms the translation still matches', () => {
    const nlChanged = { ...saved, nl: text('Drinkwater', 5, 'Tikfout hersteld') };
    const texts = stampTranslations(nlChanged, { nl: { title: 'Drinkwater', body: 'Tikfout hersteld' }, de: { title: 'Trinkwasser', body: 'Tekst' } }, now, ['de']);
    expect(translationStatus(texts).ok).toBe(true);
  });

  it('keeps stamps of a save that changed no text (pinning a card does not move its "as of")', () => {
    const texts = stampTranslations(saved, { nl: { title: 'Drinkwater', body: 'Tekst' }, de: { title: 'Trinkwasser', body: 'Tekst' } }, now);
    expect(texts).toEqual({ nl: saved.nl, de: saved.de });
  });

  it('drops a language whose fields were emptied, and trims text', () => {
    const texts = stampTranslations(saved, { nl: { title: ' Drinkwater ', body: 'Tekst ' }, de: { title: '', body: '' } }, now);
    expect(texts.de).toBeUndefined();
    expect(texts.nl).toEqual(saved.nl);
  });
});

describe('isCurrent', () => {
  const now = Date.parse('2026-11-24T12:00:00Z');

  it('shows a card without validity', () => {
    expect(isCurrent(card(), now)).toBe(true);
  });

  it('hides a card that is not yet valid and one that has expired', () => {
    expect(isCurrent(card({ validFrom: '2026-11-24T12:00:01Z' }), now)).toBe(false);
    expect(isCurrent(card({ validUntil: '2026-11-24T12:00:00Z' }), now)).toBe(false);
    expect(isExpired(card({ validUntil: '2026-11-24T12:00:00Z' }), now)).toBe(true);
    expect(isCurrent(card({ validFrom: '2026-11-24T11:00:00Z', validUntil: '2026-11-24T13:00:00Z' }), new Date(now))).toBe(true);
  });

  it('compares instants, not strings, when the times carry an offset', () => {
    // 13:30+01:00 is 12:30Z: still valid at 12:00Z, although the string sorts before "2026-11-24T12:...Z".
    expect(isCurrent(card({ validUntil: '2026-11-24T13:30:00+01:00' }), now)).toBe(true);
    expect(isCurrent(card({ validFrom: '2026-11-24T12:30:00+01:00' }), now)).toBe(true);
  });

  it('hides a deleted card', () => {
    expect(isCurrent(card({ deleted: true }), now)).toBe(false);
  });
});

describe('newerInfoCard: bulletins of the coordination point', () => {
  const bulletin = (version: number, minute: number) =>
    card({ source: 'coordination', category: 'officialNotice', version, updatedAt: hlc(minute, 'cp'), nl: text(`Bericht v${version}`, minute) });

  it('a newer bulletin version replaces an older one, even with an older clock', () => {
    expect(newerInfoCard(bulletin(1, 30), bulletin(2, 10)).version).toBe(2);
  });

  it('an older bulletin version arriving late does not replace a newer one', () => {
    expect(newerInfoCard(bulletin(3, 10), bulletin(2, 30)).version).toBe(3);
  });

  it('the same version twice keeps the later edit by HLC (idempotent re-delivery)', () => {
    const first = bulletin(2, 10);
    expect(newerInfoCard(first, bulletin(2, 10))).toBe(first);
    expect(newerInfoCard(first, bulletin(2, 20)).updatedAt).toBe(hlc(20, 'cp'));
  });

  it("a site's own cards follow last write wins", () => {
    const older = card({ updatedAt: hlc(1) });
    const newer = card({ updatedAt: hlc(2), version: 1 });
    expect(newerInfoCard(newer, older)).toBe(newer);
    expect(newerInfoCard(older, newer)).toBe(newer);
    expect(newerInfoCard(undefined, older)).toBe(older);
  });
});

describe('kiosk order and timing', () => {
  it('shows pinned cards first, then bulletins, then the most recently updated', () => {
    const a = card({ id: 'a', updatedAt: hlc(1) });
    const b = card({ id: 'b', updatedAt: hlc(5) });
    const pinned = card({ id: 'p', pinned: true, updatedAt: hlc(0) });
    const bulletin = card({ id: 'c', source: 'coordination', updatedAt: hlc(0) });
    expect(displayOrder([a, b, bulletin, pinned]).map((each) => each.id)).toEqual(['p', 'c', 'b', 'a']);
  });

  it('gives every card at least 15 s, plus reading time for the longest text shown, capped', () => {
    const short = card();
    expect(displayDurationMs(short, ['nl'])).toBe(15_000 + 2 * 400);
    const long = card({ de: text('Trinkwasser', 0, 'Wort '.repeat(100)) });
    expect(displayDurationMs(long, ['nl', 'de'])).toBe(15_000 + 101 * 400);
    expect(displayDurationMs(long, ['nl'])).toBe(15_000 + 2 * 400);
    expect(displayDurationMs(card({ nl: text('x', 0, 'woord '.repeat(1000)) }), ['nl'])).toBe(90_000);
  });

  it('says "as of" the last text change', () => {
    expect(lastTextUpdate(card({ de: text('Trinkwasser', 7), updatedAt: hlc(9) }))).toBe(Date.parse('2026-11-24T12:07:00Z'));
  });
});
