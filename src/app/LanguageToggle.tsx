import { useTranslation } from '../i18n/useTranslation';
import { LANGUAGES } from '../i18n';
import { useSession } from '../state/session';

/** One tap switches between Dutch and German; the choice is persisted. */
export function LanguageToggle() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const setLanguage = useSession((state) => state.setLanguage);
  return (
    <div className="language-toggle" role="group" aria-label={t('language.choose')}>
      {LANGUAGES.map((code) => (
        <button
          key={code}
          type="button"
          lang={code}
          className={code === language ? 'button button-toggle is-active' : 'button button-toggle'}
          aria-pressed={code === language}
          onClick={() => setLanguage(code)}
        >
          {code.toUpperCase()}
        </button>
      ))}
    </div>
  );
}
