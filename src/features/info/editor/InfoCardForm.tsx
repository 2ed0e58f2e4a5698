import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from '../../../i18n/useTranslation';
import { db } from '../../../db';
import { saveInfoCard } from '../../../db/actions/infoCards';
import { INFO_CATEGORIES, type InfoCard } from '../../../domain';
import type { CardLanguage } from '../../../domain/infoCards';
import { useSession } from '../../../state/session';
import { StorageErrorMessage, useActionError } from '../../common/StorageErrorMessage';
import { checkDraft, draftLanguages, draftOf, draftStatus, inputOf, newDraft, type CardDraft, type DraftErrors } from './cardForm';
import { TranslationFlags } from './TranslationFlags';

const FORM = 'infoCard';

/** Dutch and German (and optionally English) side by side, with the flags the card will get on saving. */
export function InfoCardForm({ saved, onDone }: { saved?: InfoCard; onDone: (card?: InfoCard) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const initial = useMemo(() => (saved ? draftOf(saved) : newDraft()), [saved]);
  const [draft, setDraft] = useState<CardDraft>(initial);
  const [errors, setErrors] = useState<DraftErrors | undefined>();
  const { error, run } = useActionError();
  const setUnsaved = useSession((state) => state.setUnsaved);
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  const status = draftStatus(saved, draft);
  const hasText = draftLanguages(draft).some((language) => draft.texts[language].title.trim() || draft.texts[language].body.trim());

  // An app update never reloads over a half-written card.
  useEffect(() => {
    setUnsaved(FORM, dirty);
    return () => setUnsaved(FORM, false);
  }, [dirty, setUnsaved]);

  const update = (patch: Partial<CardDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const updateText = (language: CardLanguage, patch: Partial<CardDraft['texts'][CardLanguage]>) =>
    setDraft((current) => ({ ...current, texts: { ...current.texts, [language]: { ...current.texts[language], ...patch } } }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = checkDraft(draft);
    setErrors(problems);
    if (problems) return;
    const card = await run(() => saveInfoCard(db, inputOf(draft)));
    if (card) onDone(card);
  }

  return (
    <form className="form info-form" onSubmit={submit} noValidate data-testid="info-card-form" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{saved ? t('info.editor.editCard') : t('info.editor.newCard')}</h2>
      <div className={`info-columns ${draft.withEnglish ? 'has-three' : ''}`}>
        {draftLanguages(draft).map((language) => {
          const languageName = t(`info.languageNames.${language}`);
          const titleError = errors?.titles[language];
          const outdated = status[language] === 'outdated' && saved?.[language];
          return (
            <fieldset key={language} className="info-column" data-language={language}>
              <legend>{languageName}</legend>
              {hasText ? <TranslationFlags status={status} only={language} showCurrent /> : null}
              <div className={`field ${titleError ? 'has-error' : ''}`}>
                <label htmlFor={`${id}-${language}-title`}>{t('info.editor.titleLabel', { language: languageName })}</label>
                <input
                  id={`${id}-${language}-title`}
                  lang={language}
                  value={draft.texts[language].title}
                  maxLength={200}
                  onChange={(event) => updateText(language, { title: event.target.value })}
                  aria-invalid={titleError ? true : undefined}
                  aria-describedby={titleError ? `${id}-${language}-title-error` : undefined}
                />
                {titleError ? (
                  <p id={`${id}-${language}-title-error`} className="field-error" role="alert">
                    {t('info.editor.errors.title')}
                  </p>
                ) : null}
              </div>
              <div className="field">
                <label htmlFor={`${id}-${language}-body`}>{t('info.editor.bodyLabel', { language: languageName })}</label>
                <textarea
                  id={`${id}-${language}-body`}
                  lang={language}
                  rows={9}
                  maxLength={4000}
                  value={draft.texts[language].body}
                  onChange={(event) => updateText(language, { body: event.target.value })}
                />
              </div>
              {outdated || draft.confirmed.includes(language) ? (
                <label className="check">
                  <input
                    type="checkbox"
                    checked={draft.confirmed.includes(language)}
                    onChange={(event) =>
                      update({ confirmed: event.target.checked ? [...draft.confirmed, language] : draft.confirmed.filter((each) => each !== language) })
                    }
                  />
                  {t('info.editor.confirmTranslation')}
                </label>
              ) : null}
            </fieldset>
          );
        })}
      </div>
      <button type="button" className="button info-english-toggle" onClick={() => update({ withEnglish: !draft.withEnglish })}>
        {draft.withEnglish ? t('info.editor.removeEnglish') : t('info.editor.addEnglish')}
      </button>

      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('info.editor.category')}</label>
          <select id={`${id}-category`} value={draft.category} onChange={(event) => update({ category: event.target.value as CardDraft['category'] })}>
            {INFO_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(`info.categories.${category}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-from`}>{t('info.editor.validFrom')}</label>
          <input id={`${id}-from`} type="datetime-local" value={draft.validFrom} onChange={(event) => update({ validFrom: event.target.value })} />
        </div>
        <div className={`field ${errors?.card === 'validity' ? 'has-error' : ''}`}>
          <label htmlFor={`${id}-until`}>{t('info.editor.validUntil')}</label>
          <input id={`${id}-until`} type="datetime-local" value={draft.validUntil} onChange={(event) => update({ validUntil: event.target.value })} />
        </div>
      </div>
      <label className="check">
        <input type="checkbox" checked={draft.pinned} onChange={(event) => update({ pinned: event.target.checked })} />
        {t('info.editor.pinLabel')}
      </label>

      {errors?.card ? (
        <p className="field-error" role="alert">
          {t(`info.editor.errors.${errors.card}`)}
        </p>
      ) : null}
      <StorageErrorMessage error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-large">
          {t('info.editor.save')}
        </button>
        <button type="button" className="button" onClick={() => onDone()}>
          {t('info.editor.cancel')}
        </button>
      </div>
    </form>
  );
}
