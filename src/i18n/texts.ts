/**
 * Each feature area keeps its own texts next to its screens (`src/features/<area>/texts.ts`)
 * and registers them in `./index.ts` under its area name: `t('<area>.<key>')`. German must have
 * exactly the Dutch keys; `defineTexts` makes that a type error, and tests/i18n.test.ts a test
 * failure.
 */
export type Leaves<T> = { [K in keyof T]: T[K] extends string ? string : Leaves<T[K]> };

export interface AreaTexts<T> {
  nl: T;
  de: Leaves<T>;
}

export function defineTexts<const T extends object>(nl: T, de: Leaves<T>): AreaTexts<T> {
  return { nl, de };
}
