/** The desk's routes under /desk: deep links work offline (the service worker serves the shell). */
export type DeskView =
  | { view: 'register' }
  | { view: 'reports' }
  | { view: 'newReport' }
  | { view: 'report'; id: string }
  | { view: 'signals' }
  | { view: 'helpers' };

export const DESK_PATHS = {
  register: '/desk',
  reports: '/desk/reports',
  newReport: '/desk/reports/new',
  signals: '/desk/signals',
  helpers: '/desk/helpers',
} as const;

export const reportPath = (id: string) => `/desk/reports/${id}`;

export function isDeskPath(path: string): boolean {
  return path === '/desk' || path.startsWith('/desk/');
}

export function deskView(path: string): DeskView {
  const trimmed = path.replace(/\/+$/, '') || '/desk';
  if (trimmed === DESK_PATHS.reports) return { view: 'reports' };
  if (trimmed === DESK_PATHS.newReport) return { view: 'newReport' };
  if (trimmed === DESK_PATHS.signals) return { view: 'signals' };
  if (trimmed === DESK_PATHS.helpers) return { view: 'helpers' };
  const report = /^\/desk\/reports\/([0-9a-f-]{36})$/i.exec(trimmed);
  if (report) return { view: 'report', id: report[1].toLowerCase() };
  return { view: 'register' };
}
