import { useTranslation } from '../../../i18n/useTranslation';
import type { CardLanguage, TranslationStatus } from '../../../domain/infoCards';

/**
 * The translation problems of a card, each in words that say what to do. Nothing when all is
 * well, unless `showCurrent` (the editor's columns, so that both columns line up).
 */
export function TranslationFlags({ status, only, showCurrent = false }: { status: TranslationStatus; only?: CardLanguage; showCurrent?: boolean }) {
  const { t } = useTranslation();
  const flags = (['nl', 'de', 'en'] as const)
    .filter((language) => !only || language === only)
    .flatMap((language) => {
      const state = status[language];
      if (state === 'absent' || (state === 'current' && !showCurrent)) return [];
      return [{ language, state, text: t(`info.editor.status.${state}`, { language: t(`info.languageNames.${language}`) }) }];
    });
  if (!flags.length) return null;
  return (
    <ul className="translation-flags">
      {flags.map((flag) => (
        <li
          key={flag.language}
          className={flag.state === 'current' ? 'translation-ok' : 'translation-flag'}
          data-testid={flag.state === 'current' ? 'translation-ok' : 'translation-flag'}
          data-language={flag.language}
          data-state={flag.state}
        >
          <span aria-hidden="true">{flag.state === 'current' ? '✓ ' : '⚠ '}</span>
          {flag.text}
        </li>
      ))}
    </ul>
  );
}
