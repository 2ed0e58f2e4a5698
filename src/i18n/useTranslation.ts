/**
 * The screens' translation hook: `const { t } = useTranslation()`, as with react-i18next, on the
 * app's one i18next instance (./core.ts). Every text still comes from i18next's `t`; what this
 * hook leaves out is react-i18next's work per component, which the desk's first screen paid
 * some twenty times on a slow tablet's main thread:
 * - react-i18next's hook copies the i18next instance's property descriptors into a wrapper
 *   object, sets up a store subscription of its own and checks namespaces, per component;
 * - its `t` (i18next's getFixedT) spreads all of i18next's options into a new object on every
 *   call, before i18next's own translate.
 * Here all components share one snapshot per language: `t` calls i18next's `t` with that
 * language, and a text asked for without options comes from i18next's store as it is, without
 * the translate and interpolation passes, which could only leave it as it is (no placeholder is
 * filled without values, our texts nest no `$t(…)`, and we use no post-processors;
 * tests/i18n.test.ts compares every text both ways). The screens render again when
 * the language changes (i18next's 'languageChanged', as react-i18next did by default).
 */
import i18next, { type TFunction, type TOptions } from 'i18next';
import { useSyncExternalStore } from 'react';

export interface Translation {
  t: TFunction;
  i18n: typeof i18next;
  /** The language `t` translates into. */
  language: string;
}

/** `t` for one language. */
export function translatorFor(language: string): TFunction {
  const plain: TOptions = { lng: language, skipInterpolation: true };
  const translate = (key: string | string[], options?: TOptions | string): string => {
    if (options === undefined) {
      // A text asked for as it is: straight from i18next's store, where i18next's translate
      // would find it too (no options, no post-processors: tests/i18n.test.ts); a key missing
      // in this language goes the whole way (the fallback language, the key itself).
      const text: unknown = typeof key === 'string' ? i18next.getResource(language, 'translation', key) : undefined;
      return typeof text === 'string' ? text : i18next.t(key, plain);
    }
    return typeof options === 'string' ? i18next.t(key, { lng: language, defaultValue: options }) : i18next.t(key, { lng: language, ...options });
  };
  return translate as unknown as TFunction;
}

let current: Translation | undefined;

function snapshot(): Translation {
  const language = i18next.language;
  if (current?.language !== language) current = { t: translatorFor(language), i18n: i18next, language };
  return current;
}

const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

function subscribe(listener: () => void): () => void {
  if (listeners.size === 0) i18next.on('languageChanged', notify);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) i18next.off('languageChanged', notify);
  };
}

export function useTranslation(): Translation {
  return useSyncExternalStore(subscribe, snapshot);
}
