/**
 * /cp/evaluation: the evaluation of every point (or one) for a chosen period, computed by the
 * server with the tablet's own functions (GET /evaluation), with the same charts as the site
 * lead's tab and the anonymised set of every point as download. Loaded lazily with the
 * evaluation texts and styles; prints black on white without the buttons.
 */
import '../evaluation/texts';
import '../evaluation/evaluation.css';
import '../roster/texts';
import { useEffect, useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { EvaluationExportResponse, EvaluationFigures, EvaluationResponse, PointsResponse } from '../../domain/coordinatorApi';
import { PERIOD_PRESETS, periodFor, type PeriodPreset } from '../../domain/evaluation';
import { allPointsFiles, ANONYMISED_FILES, type AnonymisedFileName } from '../../domain/evaluationExport';
import { dayKey } from '../../domain/time';
import { formatDateTime, startOfTodayIso, type Language } from '../../i18n';
import { useSession } from '../../state/session';
import { BarChart } from '../evaluation/BarChart';
import { downloadFile, exportFileName } from '../evaluation/download';
import { formatDuration } from '../evaluation/duration';
import { ReportStepsFigure, VolunteerHoursTable } from '../evaluation/figures';
import { hourLabels } from '../evaluation/hourLabel';
import { apiGet, DashboardApiError } from './api';
import { ContactFigure } from './ContactFigure';
import { ErrorMessage } from './ErrorMessage';
import { useResource } from './useResource';

/** The query of a period chosen now: its start fixed at the click, its end the server's now. */
function queryOf(preset: PeriodPreset, siteId: string): string {
  const now = Date.now();
  const { from } = periodFor(preset, now, Date.parse(startOfTodayIso(new Date(now))));
  const params = new URLSearchParams();
  if (from !== undefined) params.set('from', new Date(from).toISOString());
  if (siteId) params.set('siteId', siteId);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * The figures of one query, fetched when the query changes or on request: not on every pulse
 * like the live screens, since the server reads every stored message for them.
 */
function useEvaluation(query: string, reloads: number): { data?: EvaluationResponse; error?: DashboardApiError } {
  const [result, setResult] = useState<{ query?: string; data?: EvaluationResponse; error?: DashboardApiError }>({});
  useEffect(() => {
    let cancelled = false;
    apiGet<EvaluationResponse>(`/evaluation${query}`).then(
      (data) => {
        if (!cancelled) setResult({ query, data });
      },
      (error: unknown) => {
        if (!cancelled) setResult((previous) => ({ ...previous, error: error instanceof DashboardApiError ? error : undefined }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [query, reloads]);
  // Figures of another filter than the one chosen are not shown while the new ones load.
  return result.query === query ? { data: result.data, error: result.error } : { error: result.error };
}

export default function EvaluationScreen() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const [preset, setPreset] = useState<PeriodPreset>('all');
  const [siteId, setSiteId] = useState('');
  const [query, setQuery] = useState(() => queryOf('all', ''));
  const points = useResource<PointsResponse>('/points');
  const [reloads, setReloads] = useState(0);
  const { data, error } = useEvaluation(query, reloads);
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<DashboardApiError | undefined>();
  const [done, setDone] = useState<string | undefined>();

  function choose(nextPreset: PeriodPreset, nextSite: string) {
    setPreset(nextPreset);
    setSiteId(nextSite);
    setQuery(queryOf(nextPreset, nextSite));
  }

  function refresh() {
    // "Last 24 hours" again from now; the same query is fetched anew.
    setQuery(queryOf(preset, siteId));
    setReloads((count) => count + 1);
  }

  async function download(file: AnonymisedFileName) {
    setExporting(true);
    setExportError(undefined);
    try {
      const set = await apiGet<EvaluationExportResponse>(`/evaluation/export${query}`);
      const files = allPointsFiles(set.points, Date.parse(set.serverTime), set.period);
      const chosen = set.points.length === 1 && siteId ? set.points[0].point : t('coordination.evaluation.allPoints');
      const name = exportFileName(chosen, dayKey(set.serverTime), file);
      downloadFile(name, files[file], file.endsWith('.csv') ? 'text/csv;charset=utf-8' : 'application/json');
      setDone(name);
    } catch (caught) {
      setExportError(caught instanceof DashboardApiError ? caught : undefined);
    } finally {
      setExporting(false);
    }
  }

  const figures = data?.all;

  return (
    <section className="cp-screen evaluation cp-evaluation" aria-labelledby="cp-evaluation-title" data-testid="cp-evaluation">
      <div className="card">
        <h1 id="cp-evaluation-title">{t('coordination.evaluation.title')}</h1>
        <p className="muted">{t('coordination.evaluation.intro')}</p>
        <div className="field">
          <label htmlFor="cp-evaluation-point">{t('coordination.evaluation.point')}</label>
          <select id="cp-evaluation-point" value={siteId} onChange={(event) => choose(preset, event.target.value)} data-testid="cp-evaluation-point">
            <option value="">{t('coordination.evaluation.allPoints')}</option>
            {points.data?.points.map((point) => (
              <option key={point.siteId} value={point.siteId}>
                {point.name}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="evaluation-period">
          <legend>{t('evaluation.period.label')}</legend>
          {PERIOD_PRESETS.map((option) => (
            <button
              key={option}
              type="button"
              className={option === preset ? 'button button-toggle is-active' : 'button button-toggle'}
              aria-pressed={option === preset}
              data-period={option}
              onClick={() => choose(option, siteId)}
            >
              {t(`evaluation.period.${option}`)}
            </button>
          ))}
        </fieldset>
        <button type="button" className="button evaluation-refresh" onClick={refresh} data-testid="cp-evaluation-refresh">
          {t('coordination.evaluation.refresh')}
        </button>
        <p className="print-only">
          {siteId ? (points.data?.points.find((point) => point.siteId === siteId)?.name ?? '') : t('coordination.evaluation.allPoints')} ·{' '}
          {t(`evaluation.period.${preset}`)}
          {data ? ` · ${data.period.from ? `${formatDateTime(data.period.from, language)} – ` : ''}${formatDateTime(data.period.to, language)}` : ''}
        </p>
        <ErrorMessage error={error} />
        {!figures && !error ? <p className="muted">{t('coordination.evaluation.loading')}</p> : null}
        {figures ? <Counters figures={figures} /> : null}
      </div>
      {figures && data ? (
        <>
          <Figures figures={figures} />
          <ContactFigure contact={figures.contact} perHour={data.contactPerHour} points={data.points} />
          {data.points.length > 1 || !siteId ? <PointsTable points={data.points} language={language} /> : null}
        </>
      ) : null}
      <section className="card evaluation-export" aria-labelledby="cp-evaluation-export">
        <h2 id="cp-evaluation-export">{t('coordination.evaluation.export.title')}</h2>
        <p className="muted">{t('coordination.evaluation.export.hint')}</p>
        <div className="form-actions">
          {ANONYMISED_FILES.map(([key, file]) => (
            <button key={file} type="button" className="button" disabled={exporting} data-testid={`cp-export-${key}`} onClick={() => void download(file)}>
              {t(`evaluation.export.files.${key}`)}
            </button>
          ))}
        </div>
        {exporting ? <p className="muted">{t('coordination.evaluation.export.busy')}</p> : null}
        <ErrorMessage error={exportError} />
        {done ? (
          <p className="saved" role="status" data-testid="cp-export-done">
            ✓ {t('evaluation.export.downloaded', { file: done })}
          </p>
        ) : null}
      </section>
    </section>
  );
}

function Counters({ figures }: { figures: EvaluationFigures }) {
  const { t } = useTranslation();
  const counters: [string, number][] = [
    ['visits', figures.visits],
    ['households', figures.households],
    ['people', figures.people],
    ['reports', figures.reports],
  ];
  return (
    <dl className="counters evaluation-counters">
      {counters.map(([key, value]) => (
        <div key={key}>
          <dt>{t(`evaluation.counters.${key}`)}</dt>
          <dd data-testid={`cp-evaluation-${key}`}>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

function Figures({ figures }: { figures: EvaluationFigures }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const hours = figures.visitorsPerHour;
  const labels = hourLabels(hours);
  const noData = <p className="muted">{t('evaluation.noData')}</p>;
  return (
    <>
      <section className="card" aria-labelledby="cp-evaluation-hours">
        {/* The chart names itself; without one the heading stays visible. */}
        <h2 id="cp-evaluation-hours" className={hours.length ? 'visually-hidden' : undefined}>
          {t('evaluation.visitorsPerHour')}
        </h2>
        {hours.length ? (
          <BarChart
            title={t('evaluation.visitorsPerHour')}
            labelHeader={t('evaluation.hour')}
            series={[t('evaluation.visitors')]}
            orientation="vertical"
            data={hours.map((hour, index) => ({ label: labels[index], values: [hour.count] }))}
            testId="cp-chart-visitors"
          />
        ) : (
          noData
        )}
      </section>

      <section className="card" aria-labelledby="cp-evaluation-needs">
        {/* The chart names itself; without one the heading stays visible. */}
        <h2 id="cp-evaluation-needs" className={figures.visits ? 'visually-hidden' : undefined}>
          {t('evaluation.needs')}
        </h2>
        {figures.visits ? (
          <BarChart
            title={t('evaluation.needs')}
            labelHeader={t('evaluation.need')}
            series={[t('evaluation.count')]}
            data={figures.needs.map(({ need, count }) => ({ label: t(`needs.${need}`), values: [count] }))}
            testId="cp-chart-needs"
          />
        ) : (
          noData
        )}
      </section>

      <section className="card" aria-labelledby="cp-evaluation-reports">
        <h2 id="cp-evaluation-reports">{t('evaluation.reports.title')}</h2>
        {figures.reports ? (
          <>
            <ReportStepsFigure steps={figures.reportSteps} testIdPrefix="cp-" />
          </>
        ) : (
          noData
        )}
      </section>

      <section className="card" aria-labelledby="cp-evaluation-goods">
        <h2 id="cp-evaluation-goods">{t('evaluation.goods.title')}</h2>
        {figures.goodsIssued.length ? (
          <table className="data-table" data-testid="cp-goods-table">
            <thead>
              <tr>
                <th scope="col">{t('evaluation.goods.day')}</th>
                <th scope="col">{t('evaluation.goods.item')}</th>
                <th scope="col">{t('evaluation.goods.quantity')}</th>
              </tr>
            </thead>
            <tbody>
              {figures.goodsIssued.map((row) => (
                <tr key={`${row.day}-${row.itemId}`}>
                  <td>{dayLabel(row.day, language)}</td>
                  <th scope="row">{row.name ? row.name[language] : row.itemId}</th>
                  <td>
                    {row.quantity.toLocaleString(language === 'de' ? 'de-DE' : 'nl-NL')} {row.unit}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          noData
        )}
      </section>

      <section className="card" aria-labelledby="cp-evaluation-staff">
        <h2 id="cp-evaluation-staff">{t('evaluation.hours.title')}</h2>
        {figures.volunteerHours.length ? (
          <VolunteerHoursTable rows={figures.volunteerHours} language={language} testId="cp-hours-table" />
        ) : (
          noData
        )}
      </section>
    </>
  );
}

function PointsTable({ points, language }: { points: EvaluationResponse['points']; language: Language }) {
  const { t } = useTranslation();
  const median = (figures: EvaluationFigures) => figures.reportSteps.find((step) => step.interval === 'madeToHelp')?.medianMs;
  return (
    <section className="card" aria-labelledby="cp-evaluation-points">
      <h2 id="cp-evaluation-points">{t('coordination.evaluation.pointsTitle')}</h2>
      <table className="data-table" data-testid="cp-evaluation-points">
        <thead>
          <tr>
            <th scope="col">{t('coordination.evaluation.point')}</th>
            <th scope="col">{t('evaluation.counters.visits')}</th>
            <th scope="col">{t('evaluation.counters.households')}</th>
            <th scope="col">{t('evaluation.counters.people')}</th>
            <th scope="col">{t('evaluation.counters.reports')}</th>
            <th scope="col">
              {t('evaluation.reports.intervals.madeToHelp')} ({t('evaluation.reports.median')})
            </th>
            <th scope="col">{t('evaluation.hours.title')}</th>
            <th scope="col">{t('coordination.evaluation.lastContact')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((point) => {
            const help = median(point.figures);
            const staffHours = point.figures.volunteerHours.reduce((sum, row) => sum + row.hours, 0);
            return (
              <tr key={point.siteId} data-site={point.siteId}>
                <th scope="row">{point.name}</th>
                <td>{point.figures.visits}</td>
                <td>{point.figures.households}</td>
                <td>{point.figures.people}</td>
                <td>{point.figures.reports}</td>
                <td>{help === undefined ? t('evaluation.reports.notYet') : formatDuration(help, t)}</td>
                <td>{t('evaluation.hours.value', { hours: (Math.round(staffHours * 100) / 100).toLocaleString(language === 'de' ? 'de-DE' : 'nl-NL') })}</td>
                <td>{point.lastContactAt ? formatDateTime(point.lastContactAt, language) : t('coordination.evaluation.never')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function dayLabel(day: string, language: Language): string {
  // Noon UTC of that day is the same calendar day in Amsterdam.
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'nl-NL', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(`${day}T12:00:00Z`));
}
