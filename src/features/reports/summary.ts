/**
 * The report as plain text for the radio or a runner: every field a dispatcher needs, labelled
 * in Dutch with the German in brackets, so either speaker can read it out or hand it on.
 * Also what is printed when the link is down.
 */
import type { TFunction } from 'i18next';
import type { StoredReport } from '../../db';
import { TIME_ZONE } from '../../i18n';

const parts = new Intl.DateTimeFormat('nl-NL', { timeZone: TIME_ZONE, day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** 25-11-2026 14:02 in Amsterdam time: digits read the same in both languages and over the radio. */
function stamp(iso: string): string {
  const part = Object.fromEntries(parts.formatToParts(new Date(iso)).map(({ type, value }) => [type, value]));
  return `${part.day}-${part.month}-${part.year} ${part.hour}:${part.minute}`;
}

export interface SummaryLanguages {
  nl: TFunction;
  de: TFunction;
}

/** A short reference the coordination point and the radio operator can both say: the id's start. */
export function reportReference(id: string): string {
  return id.slice(0, 8).toUpperCase();
}

export function reportSummary(report: StoredReport, site: { name: string; municipality: string } | null, { nl, de }: SummaryLanguages): string {
  const both = (key: string) => {
    const [dutch, german] = [nl(key), de(key)];
    return dutch === german ? dutch : `${dutch} [${german}]`;
  };
  const line = (label: string, value: string | undefined) => (value ? `${both(`reports.summary.${label}`)}: ${value}` : undefined);
  const lines = [
    `${nl('reports.summary.heading')} / ${de('reports.summary.heading')}`,
    line('point', site ? `${site.name} (${site.municipality})` : undefined),
    line('reference', reportReference(report.id)),
    line('urgency', both(`reports.urgency.${report.urgency}`).toUpperCase()),
    line('service', both(`reports.service.${report.service}`)),
    line('what', [...report.incident.map((incident) => both(`reports.incident.${incident}`)), report.description].filter(Boolean).join('; ')),
    line('where', [report.address, report.locationDescription].filter(Boolean).join(' – ')),
    line('position', report.position ? `${report.position.lat}, ${report.position.lon}` : undefined),
    line('people', String(report.peopleInvolved)),
    line('occurredAt', stamp(report.occurredAt)),
    line('madeAt', stamp(report.madeAt)),
    line('reporter', report.reporterName),
    line('waitsAt', report.reporterWaitsAt),
  ];
  return lines.filter((text): text is string => Boolean(text)).join('\n');
}
