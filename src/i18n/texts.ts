/**
 * Each feature area keeps its own texts next to its screens (`src/features/<area>/texts.ts`)
 * and registers them with `registerTexts('<area>', texts)` in that same file: `t('<area>.<key>')`;
 * the area's entry screens `import './texts'` first.
 * The texts then travel in the area's own (lazy) chunk instead of the start-up bundle, and are
 * in i18next before the area's screens render. German must have exactly the Dutch keys:
 * `defineTexts` makes that a type error, and tests/i18n.test.ts a test failure.
 */
import i18next from 'i18next';

export type Leaves<T> = { [K in keyof T]: T[K] extends string ? string : Leaves<T[K]> };

export interface AreaTexts<T> {
  nl: T;
  de: Leaves<T>;
}

export function defineTexts<const T extends object>(nl: T, de: Leaves<T>): AreaTexts<T> {
  return { nl, de };
}

// A list, not a map by area: two modules may add keys under the same top-level name.
const registered: [string, AreaTexts<object>][] = [];

function addBundles(area: string, texts: AreaTexts<object>) {
  i18next.addResourceBundle('nl', 'translation', { [area]: texts.nl }, true, true);
  i18next.addResourceBundle('de', 'translation', { [area]: texts.de }, true, true);
}

export function registerTexts(area: string, texts: AreaTexts<object>): void {
  registered.push([area, texts]);
  if (i18next.isInitialized) addBundles(area, texts);
}

/** Called once i18next is initialised: areas whose modules loaded before that. */
export function addRegisteredTexts(): void {
  for (const [area, texts] of registered) addBundles(area, texts);
}
