import { useTranslation } from '../../i18n/useTranslation';
import type { CoverageWarning, Volunteer } from '../../domain/lead';
import { useWhen } from './useWhen';
import './texts';

/** What the next 12 hours lack: lead, first aider, people; who is on duty too long. */
export function CoverageWarnings({ warnings, volunteers }: { warnings: CoverageWarning[]; volunteers: Volunteer[] }) {
  const { t } = useTranslation();
  const when = useWhen();
  const name = (id: string) => volunteers.find((volunteer) => volunteer.id === id)?.name ?? '?';

  function text(warning: CoverageWarning): string {
    switch (warning.kind) {
      case 'noLead':
      case 'noFirstAider':
        return t(`roster.warnings.${warning.kind}`, { from: when(warning.from), to: when(warning.to) });
      case 'shortStaffed':
        return t('roster.warnings.shortStaffed', { role: t(`roster.roles.${warning.role}`), from: when(warning.from), to: when(warning.to), assigned: warning.assigned, needed: warning.needed });
      case 'longDuty':
        return t('roster.warnings.longDuty', { name: name(warning.volunteerId), hours: warning.hours, since: when(warning.since) });
      case 'longPlanned':
        return t('roster.warnings.longPlanned', { name: name(warning.volunteerId), hours: warning.hours, from: when(warning.from), to: when(warning.to) });
    }
  }

  return (
    <section className={`card coverage ${warnings.length ? 'has-warnings' : ''}`} aria-labelledby="coverage-title" data-testid="coverage">
      <h3 id="coverage-title">{t('roster.coverageTitle')}</h3>
      {warnings.length === 0 ? (
        <p className="ok">✓ {t('roster.coverageOk')}</p>
      ) : (
        <ul className="warning-list">
          {warnings.map((warning, index) => (
            <li key={index} data-testid="coverage-warning" data-kind={warning.kind}>
              ⚠ {text(warning)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
