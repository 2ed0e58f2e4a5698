/**
 * Texts of an area whose screens are loaded lazily (React.lazy) travel in that area's chunk
 * instead of the first load: the initial bundle has a budget (scripts/size.mjs), and every
 * chunk is in the install-time precache, so they are there offline all the same.
 *
 * The area's screen module calls `addAreaTexts` at its top level; the texts are in i18next
 * before the screen first renders. Areas that the shell needs at once (the emergency button,
 * the escalation banner) stay in `AREAS` in ./index.ts.
 */
import i18next from 'i18next';
import type { AreaTexts } from './texts';

export function addAreaTexts(area: string, texts: AreaTexts<object>): void {
  const add = () => {
    for (const language of ['nl', 'de'] as const) i18next.addResourceBundle(language, 'translation', { [area]: texts[language] }, true, true);
  };
  // A test (or a chunk loaded before start-up finished) may import a screen before initI18n ran.
  if (i18next.isInitialized) add();
  else i18next.on('initialized', add);
}
