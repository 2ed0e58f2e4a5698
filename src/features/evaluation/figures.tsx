/**
 * Figures both evaluation views show the same way (the site lead's for one point, the
 * coordinator's for all points): report step times as a chart and a table, and volunteer
 * hours by organisation. The numbers come from src/domain/evaluation.ts on both sides.
 */
import { useTranslation } from '../../i18n/useTranslation';
import type { IntervalSummary, OrganisationHours } from '../../domain/evaluation';
import { BarChart } from './BarChart';
import { formatDuration } from './duration';

const MINUTE = 60_000;
const minutes = (ms: number | undefined) => (ms === undefined ? 0 : Math.round((ms / MINUTE) * 10) / 10);

/** Made → delivered → acknowledged → help on the way: median and worst per step. */
export function ReportStepsFigure({ steps, testIdPrefix = '' }: { steps: IntervalSummary[]; testIdPrefix?: string }) {
  const { t, i18n } = useTranslation();
  // Minutes with a decimal: "1,5" in both languages, never "1.5".
  const decimal = (value: number) => value.toLocaleString(i18n.language === 'de' ? 'de-DE' : 'nl-NL');
  return (
    <>
      {steps.some((step) => step.count > 0) ? (
        <BarChart
          title={t('evaluation.reports.chart')}
          labelHeader={t('evaluation.reports.step')}
          series={[t('evaluation.reports.median'), t('evaluation.reports.worst')]}
          data={steps.map((step) => ({ label: t(`evaluation.reports.intervals.${step.interval}`), values: [minutes(step.medianMs), minutes(step.worstMs)] }))}
          format={decimal}
          testId={`${testIdPrefix}chart-reports`}
        />
      ) : null}
      <table className="data-table" data-testid={`${testIdPrefix}report-steps`}>
        <thead>
          <tr>
            <th scope="col">{t('evaluation.reports.step')}</th>
            <th scope="col">{t('evaluation.reports.count')}</th>
            <th scope="col">{t('evaluation.reports.median')}</th>
            <th scope="col">{t('evaluation.reports.worst')}</th>
          </tr>
        </thead>
        <tbody>
          {steps.map((step) => (
            <tr key={step.interval} data-interval={step.interval}>
              <th scope="row">{t(`evaluation.reports.intervals.${step.interval}`)}</th>
              <td>{step.count}</td>
              <td>{step.medianMs === undefined ? t('evaluation.reports.notYet') : formatDuration(step.medianMs, t)}</td>
              <td>{step.worstMs === undefined ? t('evaluation.reports.notYet') : formatDuration(step.worstMs, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

/** Volunteer hours by organisation. */
export function VolunteerHoursTable({ rows, language, testId }: { rows: OrganisationHours[]; language: 'nl' | 'de'; testId: string }) {
  const { t } = useTranslation();
  return (
    <table className="data-table" data-testid={testId}>
      <thead>
        <tr>
          <th scope="col">{t('evaluation.hours.organisation')}</th>
          <th scope="col">{t('evaluation.hours.volunteers')}</th>
          <th scope="col">{t('evaluation.hours.hours')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.organisation}>
            <th scope="row">{t(`roster.organisations.${row.organisation}`)}</th>
            <td>{row.volunteers}</td>
            <td>{t('evaluation.hours.value', { hours: row.hours.toLocaleString(language === 'de' ? 'de-DE' : 'nl-NL') })}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
