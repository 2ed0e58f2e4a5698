import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { createEmergencyReport, db } from '../../db';
import { REPORT_SERVICES, REPORT_URGENCIES, type EmergencyReport } from '../../domain';
import { formatTime } from '../../i18n';
import { useSession } from '../../state/session';
import { StorageErrorMessage, useActionError } from '../common/StorageErrorMessage';
import { TextAreaField } from '../common/TextAreaField';
import { TextField } from '../common/TextField';
import { useNow } from '../common/useNow';
import { ChoiceChips } from '../visitors/ChoiceChips';
import { Stepper } from '../visitors/Stepper';
import { unlockSound } from '../common/alarm';
import { BigChoice } from './BigChoice';
import { PositionField } from './PositionField';
import { EMPTY_REPORT_FORM, checkReportForm, isReportFormDirty, type ReportFormErrors, type ReportFormState } from './reportForm';
import { INCIDENTS, type Incident } from './texts';

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((entry) => entry !== item) : [...list, item];
}

/**
 * A guided 112-style report, top to bottom in the order a dispatcher asks. Saving is local and
 * instant; the outbox sends it ahead of everything else. On failure the input stays.
 */
export function EmergencyReportForm({ onSaved, onCancel }: { onSaved: (report: EmergencyReport) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const setUnsaved = useSession((state) => state.setUnsaved);
  const now = useNow(30_000);
  const [form, setForm] = useState<ReportFormState>(EMPTY_REPORT_FORM);
  const [errors, setErrors] = useState<ReportFormErrors>({});
  const { error, run } = useActionError();
  const dirty = isReportFormDirty(form);

  useEffect(() => {
    setUnsaved('emergencyReport', dirty);
    return () => setUnsaved('emergencyReport', false);
  }, [dirty, setUnsaved]);

  function update(patch: Partial<ReportFormState>) {
    setForm((current) => ({ ...current, ...patch }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    void unlockSound(); // this tap allows the escalation beep later
    const checked = checkReportForm(form, new Date());
    if ('errors' in checked) {
      setErrors(checked.errors);
      document.querySelector(`[data-field="${Object.keys(checked.errors)[0]}"]`)?.scrollIntoView?.({ block: 'center' });
      return;
    }
    setErrors({});
    const report = await run(() => createEmergencyReport(db, checked.input));
    if (report) {
      setUnsaved('emergencyReport', false);
      onSaved(report);
    }
  }

  const errorText = (key: keyof ReportFormErrors) => (errors[key] ? t(errors[key]) : undefined);

  return (
    <form className="form report-form" onSubmit={submit} noValidate aria-labelledby="report-form-title">
      <div className="report-form-head">
        <h1 id="report-form-title">
          <span className="alarm-mark" aria-hidden="true" />
          {t('reports.form.title')}
        </h1>
        <p className="muted">{t('reports.form.intro')}</p>
      </div>

      <BigChoice
        name="urgency"
        legend={t('reports.form.urgency')}
        options={REPORT_URGENCIES}
        selected={form.urgency}
        onSelect={(urgency) => update({ urgency })}
        label={(urgency) => t(`reports.urgency.${urgency}`)}
        error={errorText('urgency')}
      />
      <BigChoice
        name="service"
        legend={t('reports.form.service')}
        options={REPORT_SERVICES}
        selected={form.service}
        onSelect={(service) => update({ service })}
        label={(service) => t(`reports.service.${service}`)}
        error={errorText('service')}
      />

      <section className="report-section" data-field="what">
        <ChoiceChips<Incident>
          name="incidents"
          legend={t('reports.form.what')}
          options={INCIDENTS}
          selected={form.incidents}
          onToggle={(incident) => update({ incidents: toggle(form.incidents, incident) })}
          label={(incident) => t(`reports.incident.${incident}`)}
          error={errorText('what')}
        />
        <TextAreaField
          name="description"
          label={t('reports.form.description')}
          placeholder={t('reports.form.descriptionPlaceholder')}
          value={form.description}
          onChange={(description) => update({ description })}
        />
      </section>

      <fieldset className={`report-section ${errors.where ? 'has-error' : ''}`} data-field="where">
        <legend>{t('reports.form.where')}</legend>
        <TextField name="address" label={t('reports.form.address')} placeholder={t('reports.form.addressPlaceholder')} value={form.address} onChange={(address) => update({ address })} autoComplete="off" />
        <TextAreaField
          name="locationDescription"
          rows={2}
          label={t('reports.form.locationDescription')}
          placeholder={t('reports.form.locationPlaceholder')}
          value={form.locationDescription}
          onChange={(locationDescription) => update({ locationDescription })}
        />
        {errors.where ? (
          <p className="field-error" role="alert">
            {errorText('where')}
          </p>
        ) : null}
        <PositionField position={form.position} onChange={(position) => update({ position })} />
      </fieldset>

      <div className="report-row">
        <div className="report-section">
          <Stepper label={t('reports.form.people')} value={form.peopleInvolved} onChange={(peopleInvolved) => update({ peopleInvolved })} max={999} />
        </div>
        <div className="report-section time-row" data-field="time">
          <TextField
            name="time"
            label={t('reports.form.time')}
            className="field-time"
            value={form.time}
            placeholder={`${t('reports.form.now')} (${formatTime(now, language)})`}
            onChange={(time) => update({ time })}
            error={errorText('time')}
            inputMode="numeric"
            autoComplete="off"
          />
          <button type="button" className={form.time ? 'button' : 'button button-toggle is-active'} aria-pressed={!form.time} onClick={() => update({ time: '' })}>
            {t('reports.form.now')}
          </button>
        </div>
      </div>

      <fieldset className="report-section">
        <legend>{t('reports.form.reporter')}</legend>
        <div className="field-row">
          <TextField name="reporterName" label={t('reports.form.reporterName')} value={form.reporterName} onChange={(reporterName) => update({ reporterName })} autoComplete="off" />
          <TextField name="reporterWaitsAt" label={t('reports.form.reporterWaitsAt')} value={form.reporterWaitsAt} onChange={(reporterWaitsAt) => update({ reporterWaitsAt })} autoComplete="off" />
        </div>
      </fieldset>

      <div className="report-form-actions">
        <StorageErrorMessage error={error} />
        <button type="button" className="button button-large" onClick={onCancel}>
          {t('reports.form.cancel')}
        </button>
        <button type="submit" className="button button-danger button-large" data-testid="report-submit">
          {t('reports.form.save')}
        </button>
      </div>
    </form>
  );
}
