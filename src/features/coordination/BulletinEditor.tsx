import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { INFO_CATEGORIES } from '../../domain/records';
import type { BulletinView, PointView } from '../../domain/coordinatorApi';
import { apiPost, DashboardApiError, newRequestId } from './api';
import { ErrorMessage } from './ErrorMessage';
import { fromLocalInput, toLocalInput } from './format';

type Language = 'nl' | 'de';
type Texts = Record<Language, { title: string; body: string }>;
type Problems = Partial<Record<'nlTitle' | 'nlBody' | 'deTitle' | 'deBody' | 'languages' | 'targets' | 'validUntil', string>>;

const EMPTY: Texts = { nl: { title: '', body: '' }, de: { title: '', body: '' } };

/**
 * Writes a card in Dutch and German (side by side, so the translation is checked against the
 * original) and publishes it to all points or to chosen ones, with an expiry.
 */
export function BulletinEditor({ points, onPublished }: { points: PointView[]; onPublished: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [category, setCategory] = useState<(typeof INFO_CATEGORIES)[number]>('officialNotice');
  const [texts, setTexts] = useState<Texts>(EMPTY);
  const [pinned, setPinned] = useState(true);
  const [validUntil, setValidUntil] = useState(() => toLocalInput(new Date(Date.now() + 24 * 3600_000)));
  const [toAll, setToAll] = useState(true);
  const [chosen, setChosen] = useState<string[]>([]);
  const [singleLanguage, setSingleLanguage] = useState(false);
  const [problems, setProblems] = useState<Problems>({});
  const [error, setError] = useState<DashboardApiError | undefined>();
  const [busy, setBusy] = useState(false);
  const [published, setPublished] = useState(false);
  const [requestId, setRequestId] = useState(newRequestId);

  const filled = (language: Language) => Boolean(texts[language].title.trim() || texts[language].body.trim());

  function validate(): Problems {
    const found: Problems = {};
    for (const language of ['nl', 'de'] as const) {
      const required = filled(language) || !singleLanguage;
      if (required && !texts[language].title.trim()) found[`${language}Title`] = t('coordination.bulletins.errors.titleRequired');
      if (required && !texts[language].body.trim()) found[`${language}Body`] = t('coordination.bulletins.errors.bodyRequired');
    }
    if (!filled('nl') && !filled('de')) found.languages = t('coordination.bulletins.errors.bothLanguages');
    if (!toAll && chosen.length === 0) found.targets = t('coordination.bulletins.errors.noTargets');
    const until = fromLocalInput(validUntil);
    if (until && Date.parse(until) <= Date.now()) found.validUntil = t('coordination.bulletins.errors.validUntilPast');
    return found;
  }

  function edit(language: Language, field: 'title' | 'body', value: string) {
    setTexts((current) => ({ ...current, [language]: { ...current[language], [field]: value } }));
    setPublished(false);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validate();
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setError(undefined);
    try {
      await apiPost<BulletinView>(
        '/bulletins',
        {
          category,
          nl: filled('nl') ? { title: texts.nl.title.trim(), body: texts.nl.body.trim() } : undefined,
          de: filled('de') ? { title: texts.de.title.trim(), body: texts.de.body.trim() } : undefined,
          siteIds: toAll ? null : chosen,
          validUntil: fromLocalInput(validUntil),
          pinned,
          allowSingleLanguage: singleLanguage || undefined,
          requestId,
        });
      setTexts(EMPTY);
      setSingleLanguage(false);
      setPublished(true);
      setRequestId(newRequestId());
      onPublished();
    } catch (caught) {
      setError(caught instanceof DashboardApiError ? caught : undefined);
    } finally {
      setBusy(false);
    }
  }

  const field = (language: Language, name: 'title' | 'body') => {
    const key = `${language}${name === 'title' ? 'Title' : 'Body'}` as keyof Problems;
    const inputId = `${id}-${language}-${name}`;
    const problem = problems[key];
    const common = {
      id: inputId,
      lang: language,
      value: texts[language][name],
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': problem ? `${inputId}-error` : undefined,
    };
    return (
      <div className={`field${problem ? ' has-error' : ''}`}>
        <label htmlFor={inputId}>{t(name === 'title' ? 'coordination.bulletins.titleField' : 'coordination.bulletins.body')}</label>
        {name === 'title' ? (
          <input {...common} maxLength={200} onChange={(event) => edit(language, name, event.target.value)} data-testid={`cp-bulletin-${language}-title`} />
        ) : (
          <textarea {...common} rows={5} maxLength={4000} onChange={(event) => edit(language, name, event.target.value)} data-testid={`cp-bulletin-${language}-body`} />
        )}
        {problem ? (
          <p id={`${inputId}-error`} className="field-error" role="alert">
            {problem}
          </p>
        ) : null}
      </div>
    );
  };

  return (
    <form className="form cp-bulletin-editor" onSubmit={(event) => void submit(event)} noValidate data-testid="cp-bulletin-editor">
      <h2>{t('coordination.bulletins.new')}</h2>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-category`}>{t('coordination.bulletins.category')}</label>
          <select id={`${id}-category`} value={category} onChange={(event) => setCategory(event.target.value as typeof category)}>
            {INFO_CATEGORIES.map((value) => (
              <option key={value} value={value}>
                {t(`coordination.bulletins.categories.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <div className={`field${problems.validUntil ? ' has-error' : ''}`}>
          <label htmlFor={`${id}-until`}>{t('coordination.bulletins.validUntil')}</label>
          <input id={`${id}-until`} type="datetime-local" value={validUntil} onChange={(event) => setValidUntil(event.target.value)} />
          {problems.validUntil ? (
            <p className="field-error" role="alert">
              {problems.validUntil}
            </p>
          ) : null}
        </div>
        <label className="cp-check">
          <input type="checkbox" checked={pinned} onChange={(event) => setPinned(event.target.checked)} /> {t('coordination.bulletins.pinned')}
        </label>
      </div>
      <div className="cp-languages">
        <fieldset>
          <legend>{t('coordination.bulletins.dutch')}</legend>
          {field('nl', 'title')}
          {field('nl', 'body')}
        </fieldset>
        <fieldset>
          <legend>{t('coordination.bulletins.german')}</legend>
          {field('de', 'title')}
          {field('de', 'body')}
        </fieldset>
      </div>
      {problems.languages ? (
        <p className="field-error" role="alert">
          {problems.languages}
        </p>
      ) : null}
      <label className="cp-check">
        <input type="checkbox" checked={singleLanguage} onChange={(event) => setSingleLanguage(event.target.checked)} />{' '}
        {t('coordination.bulletins.allowSingleLanguage')}
      </label>
      <fieldset className={problems.targets ? 'has-error' : undefined}>
        <legend>{t('coordination.bulletins.targets')}</legend>
        <label className="cp-check">
          <input type="radio" name={`${id}-target`} checked={toAll} onChange={() => setToAll(true)} data-testid="cp-bulletin-all" />{' '}
          {t('coordination.bulletins.allPoints')}
        </label>
        <label className="cp-check">
          <input type="radio" name={`${id}-target`} checked={!toAll} onChange={() => setToAll(false)} data-testid="cp-bulletin-chosen" />{' '}
          {t('coordination.bulletins.choosePoints')}
        </label>
        {!toAll ? (
          <div className="cp-target-list">
            {points.map((point) => (
              <label key={point.siteId} className="chip-check">
                <input
                  type="checkbox"
                  checked={chosen.includes(point.siteId)}
                  onChange={(event) =>
                    setChosen((current) => (event.target.checked ? [...current, point.siteId] : current.filter((siteId) => siteId !== point.siteId)))
                  }
                />{' '}
                {point.name}
              </label>
            ))}
          </div>
        ) : null}
        {problems.targets ? (
          <p className="field-error" role="alert">
            {problems.targets}
          </p>
        ) : null}
      </fieldset>
      <ErrorMessage error={error} />
      {published ? (
        <p className="saved" role="status" data-testid="cp-bulletin-published">
          {t('coordination.bulletins.published')}
        </p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary button-large" disabled={busy} data-testid="cp-bulletin-publish">
          {t('coordination.bulletins.publish')}
        </button>
      </div>
    </form>
  );
}
