import { useTranslation } from 'react-i18next';
import type { CardLanguage, TranslationStatus } from '../../../domain/infoCards';

/** The translation problems of a card, each in words that say what to do. Nothing when all is well. */
export function TranslationFlags({ status, only }: { status: TranslationStatus; only?: CardLanguage }) {
  const { t } = useTranslation();
  const flags = (['nl', 'de', 'en'] as const)
    .filter((language) => !only || language === only)
    .flatMap((language) => {
      const state = status[language];
      if (state !== 'missing' && state !== 'outdated') return [];
      return [{ language, state, text: t(`info.editor.status.${state}`, { language: t(`info.languageNames.${language}`) }) }];
    });
  if (!flags.length) return null;
  return (
    <ul className="translation-flags">
      {flags.map((flag) => (
        <li key={flag.language} className="translation-flag" data-testid="translation-flag" data-language={flag.language} data-state={flag.state}>
          <span aria-hidden="true">⚠ </span>
          {flag.text}
        </li>
      ))}
    </ul>
  );
}
