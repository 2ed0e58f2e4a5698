import { navigate } from '../../app/router';
import { DESK_PATHS, reportPath } from '../desk/deskPaths';
import { EmergencyReportForm } from './EmergencyReportForm';
import './texts'; // this area's texts travel with its chunk
import './reports.css';

/** /desk/reports/new: the form full-screen; once saved, the report's own page with its timeline. */
export default function NewReportScreen() {
  return (
    <section className="panel report-screen">
      <EmergencyReportForm onSaved={(report) => navigate(reportPath(report.id), { replace: true })} onCancel={() => navigate(DESK_PATHS.register)} />
    </section>
  );
}
