/**
 * Each feature area keeps its own texts next to its screens (`src/features/<area>/texts.ts`)
 * and registers them in `./index.ts` under its area name: `t('<area>.<key>')`. German must have
 * exactly the Dutch keys; `defineTexts` makes that a type error, and tests/i18n.test.ts a test
 * failure.
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

/**
 * Texts of areas whose screens load lazily (the site lead's stock, roster and sitrep) come with
 * their chunk instead of the first load, which has a budget (150 KB initial JS). The chunks are
 * in the install-time precache, so these texts are there offline too. Call at module level in
 * the area's texts.ts; the screens import that module.
 */
export function registerLazyTexts(area: string, texts: AreaTexts<object>): void {
  const add = () => {
    for (const language of ['nl', 'de'] as const) i18next.addResourceBundle(language, 'translation', { [area]: texts[language] }, true, true);
  };
  if (i18next.isInitialized) add();
  else i18next.on('initialized', add);
}
