/**
 * /lead/evaluation: the figures the pilots ask for after an exercise or an outage, for a chosen
 * period, with exports and the paper fallback. /lead/evaluation/paper-visit types in a visit
 * from a paper form. Loaded lazily with its texts (the first load has a 150 KB budget).
 */
import './texts';
import './evaluation.css';
import { useState } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import { usePath } from '../../app/router';
import {
  goodsIssuedPerDay,
  linkUptime,
  needsByCategory,
  PERIOD_PRESETS,
  periodFor,
  reportTimes,
  summariseReportTimes,
  visitorsPerHour,
  visitorTotals,
  volunteerHoursByOrganisation,
  type PeriodPreset,
} from '../../domain/evaluation';
import { formatDateTime, formatTime, startOfTodayIso, type Language } from '../../i18n';
import { useSession } from '../../state/session';
import { useNow } from '../common/useNow';
import '../roster/texts';
import '../reports/texts';
import '../stock/texts';
import { useQuantity } from '../stock/useStock';
import { BarChart } from './BarChart';
import { formatDuration } from './duration';
import { ReportStepsFigure, VolunteerHoursTable } from './figures';
import { hourLabels } from './hourLabel';
import { ExportPanel } from './ExportPanel';
import { PaperForms } from './PaperForms';
import { PaperVisitPage } from './PaperVisitPage';
import { useEvaluationSnapshot } from './useEvaluationSnapshot';


export { formatDuration };


export default function EvaluationScreen() {
  const path = usePath();
  if (path.split('/')[3] === 'paper-visit') return <PaperVisitPage />;
  return <EvaluationFigures />;
}

function EvaluationFigures() {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const now = useNow(60_000);
  const [preset, setPreset] = useState<PeriodPreset>('all');
  const snapshot = useEvaluationSnapshot();
  const quantity = useQuantity();
  if (!snapshot) return null;
  const period = periodFor(preset, now, Date.parse(startOfTodayIso(new Date(now))));

  const totals = visitorTotals(snapshot.visits, snapshot.households, period);
  const hours = visitorsPerHour(snapshot.visits, period);
  const hourLabel = hourLabels(hours);
  const needs = needsByCategory(snapshot.visits, period);
  const reports = reportTimes(snapshot.reports, snapshot.reportEvents, period);
  const steps = summariseReportTimes(reports);
  const goods = goodsIssuedPerDay(snapshot.stockMovements, period);
  const staff = volunteerHoursByOrganisation(snapshot.attendance, snapshot.volunteers, period);
  const link = linkUptime(snapshot.syncLog, period);
  const itemById = new Map(snapshot.stockItems.map((item) => [item.id, item]));
  const time = (iso: string | undefined) => (iso ? formatTime(iso, language) : t('evaluation.reports.notYet'));

  const counters: [string, number][] = [
    ['visits', totals.visits],
    ['households', totals.households],
    ['people', totals.people],
    ['reports', reports.length],
  ];

  return (
    <div className="evaluation">
      <section className="card" aria-labelledby="evaluation-title">
        <h2 id="evaluation-title">{t('evaluation.title')}</h2>
        <p className="muted">{t('evaluation.intro')}</p>
        <fieldset className="evaluation-period">
          <legend>{t('evaluation.period.label')}</legend>
          {PERIOD_PRESETS.map((option) => (
            <button key={option} type="button" className={option === preset ? 'button button-toggle is-active' : 'button button-toggle'} aria-pressed={option === preset} data-period={option} onClick={() => setPreset(option)}>
              {t(`evaluation.period.${option}`)}
            </button>
          ))}
        </fieldset>
        <dl className="counters evaluation-counters">
          {counters.map(([key, value]) => (
            <div key={key}>
              <dt>{t(`evaluation.counters.${key}`)}</dt>
              <dd data-testid={`evaluation-${key}`}>{value}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="card" aria-label={t('evaluation.visitorsPerHour')}>
        {hours.length ? (
          <BarChart
            title={t('evaluation.visitorsPerHour')}
            labelHeader={t('evaluation.hour')}
            series={[t('evaluation.visitors')]}
            orientation="vertical"
            data={hours.map((hour, index) => ({ label: hourLabel[index], values: [hour.count] }))}
            testId="chart-visitors"
          />
        ) : (
          <NoData title={t('evaluation.visitorsPerHour')} />
        )}
      </section>

      <section className="card" aria-label={t('evaluation.needs')}>
        {totals.visits ? (
          <BarChart
            title={t('evaluation.needs')}
            labelHeader={t('evaluation.need')}
            series={[t('evaluation.count')]}
            data={needs.map(({ need, count }) => ({ label: t(`needs.${need}`), values: [count] }))}
            testId="chart-needs"
          />
        ) : (
          <NoData title={t('evaluation.needs')} />
        )}
      </section>

      <section className="card" aria-labelledby="evaluation-reports">
        <h3 id="evaluation-reports">{t('evaluation.reports.title')}</h3>
        {reports.length ? (
          <>
            <ReportStepsFigure steps={steps} />
            <table className="data-table">
              <caption>{t('evaluation.reports.perReport')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('evaluation.reports.urgency')}</th>
                  <th scope="col">{t('evaluation.reports.made')}</th>
                  <th scope="col">{t('evaluation.reports.delivered')}</th>
                  <th scope="col">{t('evaluation.reports.acknowledged')}</th>
                  <th scope="col">{t('evaluation.reports.helpOnTheWay')}</th>
                </tr>
              </thead>
              <tbody>
                {reports.map((report) => (
                  <tr key={report.id}>
                    <th scope="row">{t(`reports.urgency.${report.urgency}`)}</th>
                    <td>{formatDateTime(report.madeAt, language)}</td>
                    <td>{time(report.deliveredAt)}</td>
                    <td>{time(report.acknowledgedAt)}</td>
                    <td>{time(report.helpOnTheWayAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        ) : (
          <p className="muted">{t('evaluation.noData')}</p>
        )}
      </section>

      <section className="card" aria-labelledby="evaluation-goods">
        <h3 id="evaluation-goods">{t('evaluation.goods.title')}</h3>
        {goods.length ? (
          <table className="data-table" data-testid="goods-table">
            <thead>
              <tr>
                <th scope="col">{t('evaluation.goods.day')}</th>
                <th scope="col">{t('evaluation.goods.item')}</th>
                <th scope="col">{t('evaluation.goods.quantity')}</th>
              </tr>
            </thead>
            <tbody>
              {goods.map((row) => {
                const item = itemById.get(row.itemId);
                return (
                  <tr key={`${row.day}-${row.itemId}`}>
                    <td>{dayLabel(row.day, language)}</td>
                    <th scope="row">{item ? (language === 'de' ? item.name.de : item.name.nl) : row.itemId}</th>
                    <td>{quantity(row.quantity, item?.unit ?? '')}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t('evaluation.noData')}</p>
        )}
      </section>

      <section className="card" aria-labelledby="evaluation-hours">
        <h3 id="evaluation-hours">{t('evaluation.hours.title')}</h3>
        {staff.length ? (
          <VolunteerHoursTable rows={staff} language={language} testId="hours-table" />
        ) : (
          <p className="muted">{t('evaluation.noData')}</p>
        )}
      </section>

      <section className="card" aria-labelledby="evaluation-link">
        <h3 id="evaluation-link">{t('evaluation.link.title')}</h3>
        {link.rounds ? (
          <>
            <p data-testid="link-share">{t('evaluation.link.share', { percent: Math.round((link.share ?? 0) * 100), rounds: link.rounds })}</p>
            <p data-testid="link-gap">
              {t('evaluation.link.longestGap', {
                duration: formatDuration(link.longestGapMs ?? 0, t),
                from: formatDateTime(link.gapFrom!, language),
                to: formatDateTime(link.gapTo!, language),
              })}
            </p>
          </>
        ) : (
          <p className="muted">{t('evaluation.link.none')}</p>
        )}
      </section>

      <ExportPanel snapshot={snapshot} period={period} />
      <PaperForms />
    </div>
  );
}

function NoData({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <h3>{title}</h3>
      <p className="muted">{t('evaluation.noData')}</p>
    </>
  );
}

function dayLabel(day: string, language: Language): string {
  // Noon UTC of that day is the same calendar day in Amsterdam.
  return new Intl.DateTimeFormat(language === 'de' ? 'de-DE' : 'nl-NL', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'Europe/Amsterdam' }).format(new Date(`${day}T12:00:00Z`));
}
