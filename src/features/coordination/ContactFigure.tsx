/**
 * Link uptime on the coordinator's evaluation, from the coordination point's own contact log
 * (GET /evaluation: `contact` per point and for all, `contactPerHour`): the share of 5-minute
 * buckets with contact and the longest stretch without, for all points and per point, and per
 * hour how many points had contact.
 */
import { useTranslation } from '../../i18n/useTranslation';
import type { EvaluationFigures, EvaluationResponse } from '../../domain/coordinatorApi';
import { formatDateTime, type Language } from '../../i18n';
import { useSession } from '../../state/session';
import { BarChart } from '../evaluation/BarChart';
import { formatDuration } from '../evaluation/duration';
import { hourLabels } from '../evaluation/hourLabel';

type Contact = EvaluationFigures['contact'];

function formatShare(share: number, language: Language): string {
  return new Intl.NumberFormat(language === 'de' ? 'de-DE' : 'nl-NL', { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

export function ContactFigure({ contact, perHour, points }: { contact: Contact; perHour: EvaluationResponse['contactPerHour']; points: EvaluationResponse['points'] }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const labels = hourLabels(perHour);
  const gapPoint = contact.gapSiteId && points.length > 1 ? points.find((point) => point.siteId === contact.gapSiteId)?.name : undefined;
  const gap = {
    duration: formatDuration(contact.longestGapMs ?? 0, t),
    from: contact.gapFrom ? formatDateTime(contact.gapFrom, language) : '',
    to: contact.gapTo ? formatDateTime(contact.gapTo, language) : '',
    point: gapPoint,
  };
  return (
    <section className="card" aria-labelledby="cp-evaluation-link">
      <h2 id="cp-evaluation-link">{t('coordination.evaluation.link.title')}</h2>
      <p className="muted">{t('coordination.evaluation.link.intro')}</p>
      {contact.share === undefined ? (
        <p className="muted" data-testid="cp-link-share">
          {t('coordination.evaluation.link.none')}
        </p>
      ) : (
        <>
          <p data-testid="cp-link-share">
            {t('coordination.evaluation.link.share', { percent: formatShare(contact.share, language), contact: contact.contactBuckets, buckets: contact.buckets })}
          </p>
          <p data-testid="cp-link-gap">
            {contact.gapFrom ? t(gapPoint ? 'coordination.evaluation.link.longestGapOf' : 'coordination.evaluation.link.longestGap', gap) : t('coordination.evaluation.link.noGap')}
          </p>
        </>
      )}
      {points.length > 1 ? <ContactPerPoint points={points} language={language} /> : null}
      {perHour.length ? (
        <BarChart
          title={t('coordination.evaluation.link.perHour')}
          labelHeader={t('evaluation.hour')}
          series={[t('coordination.evaluation.link.points')]}
          orientation="vertical"
          data={perHour.map((hour, index) => ({ label: labels[index], values: [hour.points] }))}
          testId="cp-chart-contact"
        />
      ) : null}
    </section>
  );
}

function ContactPerPoint({ points, language }: { points: EvaluationResponse['points']; language: Language }) {
  const { t } = useTranslation();
  const none = t('evaluation.reports.notYet');
  const time = (iso: string | undefined) => (iso ? formatDateTime(iso, language) : none);
  return (
    <table className="data-table" data-testid="cp-link-points">
      <thead>
        <tr>
          <th scope="col">{t('coordination.evaluation.point')}</th>
          <th scope="col">{t('coordination.evaluation.link.uptime')}</th>
          <th scope="col">{t('coordination.evaluation.link.gap')}</th>
          <th scope="col">{t('coordination.evaluation.link.gapFrom')}</th>
          <th scope="col">{t('coordination.evaluation.link.gapTo')}</th>
        </tr>
      </thead>
      <tbody>
        {points.map(({ siteId, name, figures: { contact } }) => (
          <tr key={siteId} data-site={siteId}>
            <th scope="row">{name}</th>
            <td data-column="uptime">{contact.share === undefined ? none : formatShare(contact.share, language)}</td>
            <td data-column="gap">{contact.longestGapMs === undefined ? none : formatDuration(contact.longestGapMs, t)}</td>
            <td>{time(contact.gapFrom)}</td>
            <td>{time(contact.gapTo)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
