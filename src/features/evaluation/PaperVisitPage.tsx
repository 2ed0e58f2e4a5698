/**
 * /lead/evaluation/paper-visit: a visit written on paper while the tablet was down, typed in
 * afterwards. The same fields in the same order as the paper form and the desk, plus the time
 * on the paper, which becomes the visit's arrival: the evaluation's visitors per hour must
 * show when people came, not when the forms were typed in.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { Link } from '../../app/Link';
import { dayKey } from '../../domain/lead';
import { db, registerVisit } from '../../db/lead';
import { formatDateTime } from '../../i18n';
import { useSession } from '../../state/session';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { TextField } from '../common/TextField';
import { VisitFields } from '../visitors/VisitFields';
import { checkVisitForm, emptyVisitForm, type VisitFormErrors, type VisitFormState } from '../visitors/visitForm';
import '../visitors/texts';
import { paperTimeIso } from './paperTime';
import './texts';

export function PaperVisitPage() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const [date, setDate] = useState(() => dayKey(Date.now()));
  const [time, setTime] = useState('');
  const [form, setForm] = useState<VisitFormState>(() => emptyVisitForm(language));
  const [errors, setErrors] = useState<VisitFormErrors & { time?: string }>({});
  const [savedAt, setSavedAt] = useState<string | undefined>();
  const { error, run } = useActionError();
  const update = (patch: Partial<VisitFormState>) => {
    setForm((current) => ({ ...current, ...patch }));
    setSavedAt(undefined);
  };
  const errorText = (key: keyof typeof errors) => (errors[key] ? t(errors[key]) : undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const arrivedAt = paperTimeIso(date, time, new Date());
    const checked = checkVisitForm(form);
    const timeError = arrivedAt ? {} : { time: 'evaluation.fromPaper.timeError' };
    if ('errors' in checked || !arrivedAt) {
      setErrors({ ...('errors' in checked ? checked.errors : {}), ...timeError });
      return;
    }
    setErrors({});
    const visit = await run(() => registerVisit(db, checked.input, new Date(arrivedAt)));
    if (visit) {
      setForm(emptyVisitForm(language));
      setTime('');
      setSavedAt(visit.arrivedAt);
    }
  }

  return (
    <form className="card form paper-visit" onSubmit={submit} noValidate aria-labelledby="paper-visit-title">
      <h2 id="paper-visit-title">{t('evaluation.fromPaper.title')}</h2>
      <p className="muted">{t('evaluation.fromPaper.intro')}</p>
      <div className="field-row">
        <TextField type="date" name="paperDate" label={t('evaluation.fromPaper.date')} value={date} onChange={setDate} />
        <TextField name="paperTime" label={t('evaluation.fromPaper.time')} value={time} onChange={setTime} error={errorText('time')} inputMode="numeric" autoComplete="off" />
      </div>
      <VisitFields form={form} errors={errors} update={update} />
      <StorageErrorMessage error={error} />
      <div className="form-actions">
        <button type="submit" className="button button-primary button-large" data-testid="paper-visit-submit">
          {t('evaluation.fromPaper.save')}
        </button>
        <Link href="/lead/evaluation" className="button">
          {t('evaluation.fromPaper.back')}
        </Link>
        {savedAt ? (
          <p className="saved" role="status" data-testid="paper-visit-saved">
            ✓ {t('evaluation.fromPaper.saved', { time: formatDateTime(savedAt, language) })}
          </p>
        ) : null}
      </div>
    </form>
  );
}
