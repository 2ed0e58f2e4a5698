/**
 * Blank forms for when the tablet is down: one A4 sheet each, Dutch and German on the same
 * sheet (like the posters), fields in the order of the screens they are typed into later.
 * Labels are the screens' own texts, so paper and screen say the same thing.
 * Rendered into <body> so that print.css hides the app around it.
 */
import { createPortal } from 'react-dom';
import { useTranslation } from '../../i18n/useTranslation';
import { CivilProtectionSign } from '../../app/CivilProtectionSign';
import { NEEDS, REPORT_SERVICES, REPORT_URGENCIES, SHIFT_ROLES } from '../../domain/lead';
import { INCIDENTS } from '../reports/texts';
import '../roster/texts';
import './texts';

export const PAPER_FORMS = ['visit', 'report', 'stock', 'roster'] as const;
export type PaperForm = (typeof PAPER_FORMS)[number];

const BOTH = ['nl', 'de'] as const;
const FLAGS = ['medicalDevice', 'reducedMobility', 'livesAlone', 'needsFollowUp'] as const;

/** A label in Dutch and German; print.css puts " / " between them. */
function B({ k }: { k: string }) {
  const { t } = useTranslation();
  return (
    <>
      {BOTH.map((lng) => (
        <span key={lng} lang={lng}>
          {t(k, { lng })}
        </span>
      ))}
    </>
  );
}

function Box({ k, wide = false }: { k: string; wide?: boolean }) {
  return (
    <div className={wide ? 'paper-field is-wide' : 'paper-field'}>
      <span className="paper-label">
        <B k={k} />
      </span>
      <span className="paper-write" />
    </div>
  );
}

function Checks({ legend, keys }: { legend: string; keys: string[] }) {
  return (
    <fieldset className="paper-checks">
      <legend>
        <B k={legend} />
      </legend>
      <ul>
        {keys.map((key) => (
          <li key={key}>
            <span className="paper-box" aria-hidden="true" />
            <span>
              <B k={key} />
            </span>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function Header({ siteName, form }: { siteName: string; form: PaperForm }) {
  return (
    <header className="print-header">
      <CivilProtectionSign size={72} />
      <div>
        <p className="print-site">{siteName}</p>
        <p className="print-point">
          <B k="evaluation.paper.point" />
        </p>
      </div>
      <p className="print-title">
        <B k={`evaluation.paper.${form}`} />
      </p>
    </header>
  );
}

function VisitForm() {
  return (
    <>
      <div className="paper-row">
        <Box k="evaluation.paper.date" />
        <Box k="evaluation.paper.arrivedAt" />
      </div>
      <div className="paper-row">
        <Box k="desk.adults" />
        <Box k="desk.children" />
      </div>
      <Checks legend="desk.residence" keys={['desk.residenceAddress', 'desk.residenceStreet', 'desk.residencePassing']} />
      <div className="paper-row">
        <Box k="desk.postcode" />
        <Box k="desk.houseNumber" />
      </div>
      <div className="paper-row">
        <Box k="desk.street" />
        <Box k="desk.village" />
      </div>
      <Checks legend="desk.visitorLanguage" keys={['language.nl', 'language.de', 'desk.languageOther']} />
      <Checks legend="desk.needsTitle" keys={NEEDS.map((need) => `needs.${need}`)} />
      <Box k="desk.needOtherText" wide />
      <Checks legend="desk.flagsTitle" keys={FLAGS.map((flag) => `flags.${flag}`)} />
    </>
  );
}

function ReportForm() {
  return (
    <>
      <div className="paper-row">
        <Box k="evaluation.paper.date" />
        <Box k="evaluation.paper.madeAt" />
      </div>
      <Checks legend="reports.form.urgency" keys={REPORT_URGENCIES.map((urgency) => `reports.urgency.${urgency}`)} />
      <Checks legend="reports.form.service" keys={REPORT_SERVICES.map((service) => `reports.service.${service}`)} />
      <Checks legend="reports.form.what" keys={INCIDENTS.map((incident) => `reports.incident.${incident}`)} />
      <Box k="reports.form.description" wide />
      <Box k="reports.form.address" wide />
      <Box k="reports.form.locationDescription" wide />
      <div className="paper-row">
        <Box k="reports.form.people" />
        <Box k="reports.form.time" />
      </div>
      <div className="paper-row">
        <Box k="reports.form.reporterName" />
        <Box k="reports.form.reporterWaitsAt" />
      </div>
      <div className="paper-row">
        <Box k="evaluation.paper.takenBy" />
        <Box k="evaluation.paper.passedOn" />
      </div>
    </>
  );
}

/** `columns`: [text key, share of the width in %]: room where handwriting needs it. */
function Table({ columns, rows }: { columns: [string, number][]; rows: number }) {
  return (
    <table className="paper-table">
      <colgroup>
        {columns.map(([column, width]) => (
          <col key={column} style={{ width: `${width}%` }} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map(([column]) => (
            <th key={column} scope="col">
              <B k={column} />
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {Array.from({ length: rows }, (_, row) => (
          <tr key={row}>
            {columns.map(([column]) => (
              <td key={column} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function RosterForm() {
  const { t } = useTranslation();
  return (
    <>
      <p className="print-small paper-hint">
        <B k="roster.role" />:{' '}
        {SHIFT_ROLES.map((role) => BOTH.map((lng) => t(`roster.roles.${role}`, { lng })).join(' / ')).join(' · ')}
      </p>
      <Table
        columns={[
          ['evaluation.paper.shift', 24],
          ['evaluation.paper.role', 16],
          ['evaluation.paper.names', 36],
          ['evaluation.paper.checkIn', 12],
          ['evaluation.paper.checkOut', 12],
        ]}
        rows={20}
      />
    </>
  );
}

export function PaperSheet({ form, siteName }: { form: PaperForm; siteName: string }) {
  return createPortal(
    <div className="print-root" data-testid="print-root" data-form={form}>
      <section className={`print-page paper paper-${form}`}>
        <Header siteName={siteName} form={form} />
        {form === 'visit' ? <VisitForm /> : null}
        {form === 'report' ? <ReportForm /> : null}
        {form === 'stock' ? (
          <Table
            columns={[
              ['evaluation.paper.time', 12],
              ['evaluation.paper.household', 28],
              ['evaluation.paper.item', 28],
              ['evaluation.paper.quantity', 12],
              ['evaluation.paper.volunteer', 20],
            ]}
            rows={24}
          />
        ) : null}
        {form === 'roster' ? <RosterForm /> : null}
        <footer className="print-footer print-small">
          <B k="evaluation.paper.typedIn" />: ____________
        </footer>
      </section>
    </div>,
    document.body,
  );
}
