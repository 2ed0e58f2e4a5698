/** The emergency report form's state and its check: only what a dispatcher cannot act without is required. */
import type { EmergencyReportInput } from '../../db';
import type { EmergencyReport } from '../../domain';
import { incidentTimeIso } from './reportTime';
import type { Incident } from './texts';

export type Urgency = EmergencyReport['urgency'];
export type Service = EmergencyReport['service'];

export interface Position {
  lat: number;
  lon: number;
  accuracy: number;
}

export interface ReportFormState {
  urgency?: Urgency;
  service?: Service;
  incidents: Incident[];
  description: string;
  address: string;
  locationDescription: string;
  position?: Position;
  peopleInvolved: number;
  reporterName: string;
  reporterWaitsAt: string;
  /** hh:mm of the incident; empty means now. */
  time: string;
}

export const EMPTY_REPORT_FORM: ReportFormState = {
  incidents: [],
  description: '',
  address: '',
  locationDescription: '',
  peopleInvolved: 1,
  reporterName: '',
  reporterWaitsAt: '',
  time: '',
};

export type ReportFormErrors = Partial<Record<'urgency' | 'service' | 'what' | 'where' | 'time', string>>;

export function isReportFormDirty(form: ReportFormState): boolean {
  return JSON.stringify(form) !== JSON.stringify(EMPTY_REPORT_FORM);
}

/** Returns the action input, or the errors as i18n keys. */
export function checkReportForm(form: ReportFormState, now: Date): { input: EmergencyReportInput } | { errors: ReportFormErrors } {
  const errors: ReportFormErrors = {};
  if (!form.urgency) errors.urgency = 'reports.form.errors.urgency';
  if (!form.service) errors.service = 'reports.form.errors.service';
  if (form.incidents.length === 0 && !form.description.trim()) errors.what = 'reports.form.errors.what';
  if (!form.address.trim() && !form.locationDescription.trim()) errors.where = 'reports.form.errors.where';
  const occurredAt = form.time.trim() ? incidentTimeIso(form.time, now) : now.toISOString();
  if (!occurredAt) errors.time = 'reports.form.errors.time';
  if (Object.keys(errors).length > 0 || !form.urgency || !form.service || !occurredAt) return { errors };
  return {
    input: {
      urgency: form.urgency,
      service: form.service,
      incident: [...form.incidents],
      description: form.description.trim(),
      address: form.address.trim() || undefined,
      locationDescription: form.locationDescription.trim() || undefined,
      position: form.position ? { lat: form.position.lat, lon: form.position.lon } : undefined,
      peopleInvolved: form.peopleInvolved,
      reporterName: form.reporterName.trim() || undefined,
      reporterWaitsAt: form.reporterWaitsAt.trim() || undefined,
      occurredAt,
    },
  };
}
