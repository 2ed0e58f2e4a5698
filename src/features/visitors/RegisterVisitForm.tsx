import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { HouseholdMatch } from '../../db';
import { formatTime } from '../../i18n';
import { useSession } from '../../state/session';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { useSiteSetting } from '../common/useSiteSetting';
import { loadVisitActions } from './visitActions';
import { HouseholdSearch } from './HouseholdSearch';
import { ReturningHousehold } from './ReturningHousehold';
import { VisitFields } from './VisitFields';
import { checkVisitForm, emptyVisitForm, isVisitFormDirty, visitFormFor, type VisitFormErrors, type VisitFormState } from './visitForm';
import './texts'; // this area's texts travel with its chunk

/**
 * Registering a visit: a new household, or (after a search) a returning one whose details and
 * last needs prefill the form, so a return visit takes two taps.
 */
export function RegisterVisitForm() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const setUnsaved = useSession((state) => state.setUnsaved);
  const collectNames = useSiteSetting('collectNames', false) ?? false;
  const [form, setForm] = useState<VisitFormState>(() => emptyVisitForm(language));
  const [returning, setReturning] = useState<HouseholdMatch | undefined>();
  const [errors, setErrors] = useState<VisitFormErrors>({});
  const [savedAt, setSavedAt] = useState<string | undefined>();
  const { error, run } = useActionError();
  const dirty = isVisitFormDirty(form, language);

  useEffect(() => {
    setUnsaved('registerVisit', dirty);
    return () => setUnsaved('registerVisit', false);
  }, [dirty, setUnsaved]);

  function update(patch: Partial<VisitFormState>) {
    setForm((current) => ({ ...current, ...patch }));
    setSavedAt(undefined);
  }

  function selectReturning(match: HouseholdMatch) {
    setReturning(match);
    setForm(visitFormFor(match.household, match.lastVisit));
    setErrors({});
    setSavedAt(undefined);
  }

  function startOver() {
    setReturning(undefined);
    update(emptyVisitForm(language));
    setErrors({});
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkVisitForm(form, { collectNames, returning: returning?.household });
    if ('errors' in checked) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    // The write path (schemas, outbox) is its own chunk, fetched when the screen was idle.
    const visit = await run(async () => {
      const { registerVisit, db } = await loadVisitActions();
      return registerVisit(db, checked.input);
    });
    if (visit) {
      setForm(emptyVisitForm(language));
      setReturning(undefined);
      setSavedAt(visit.arrivedAt);
    }
  }

  return (
    <div className="register">
      <HouseholdSearch collectNames={collectNames} onSelect={selectReturning} />
      <form className="form register-form" onSubmit={submit} noValidate aria-labelledby="register-title">
        <h2 id="register-title">{t('desk.register')}</h2>
        {returning ? <ReturningHousehold match={returning} onCancel={startOver} /> : null}
        <VisitFields form={form} errors={errors} update={update} collectNames={collectNames} />

        <StorageErrorMessage error={error} />
        <div className="form-actions">
          <button type="submit" className="button button-primary button-large" data-testid="register-submit">
            {t('desk.save')}
          </button>
          <button type="button" className="button" disabled={!dirty && !returning} onClick={startOver}>
            {t('desk.clear')}
          </button>
          {savedAt ? (
            <p className="saved" role="status" data-testid="register-saved">
              ✓ {t('desk.saved', { time: formatTime(savedAt, language) })}
            </p>
          ) : null}
        </div>
      </form>
    </div>
  );
}
