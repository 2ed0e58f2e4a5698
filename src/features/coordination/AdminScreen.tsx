import { useState, type FormEvent } from 'react';
import { useTranslation } from '../../i18n/useTranslation';
import type { CoordinatorUserView, DeviceView, DevicesResponse, EnrollmentCodeView, SiteView, SitesResponse, UsersResponse } from '../../domain/coordinatorApi';
import { useSession } from '../../state/session';
import { TextField } from '../common/TextField';
import { apiPost, DashboardApiError } from './api';
import { ErrorMessage } from './ErrorMessage';
import { formatWhen } from './format';
import { useDashboard } from './store';
import { useResource } from './useResource';

/** Points, their enrollment codes and tablets, and accounts. Admins only (the server refuses others too). */
export function AdminScreen() {
  const { t } = useTranslation();
  const isAdmin = useDashboard((state) => state.user?.role === 'admin');
  if (!isAdmin) {
    return (
      <section className="cp-screen">
        <h1>{t('coordination.admin.title')}</h1>
        <p className="alert alert-error" role="alert" data-testid="cp-admin-refused">
          {t('coordination.admin.onlyAdmins')}
        </p>
      </section>
    );
  }
  return (
    <section className="cp-screen" aria-labelledby="cp-admin-title">
      <h1 id="cp-admin-title">{t('coordination.admin.title')}</h1>
      <SitesAndDevices />
      <Accounts />
    </section>
  );
}

function SitesAndDevices() {
  const { t } = useTranslation();
  const sites = useResource<SitesResponse>('/admin/sites');
  const devices = useResource<DevicesResponse>('/admin/devices', 30_000);
  const [code, setCode] = useState<EnrollmentCodeView | null>(null);
  const [error, setError] = useState<DashboardApiError | undefined>();

  async function makeCode(siteId: string) {
    setError(undefined);
    try {
      setCode(await apiPost<EnrollmentCodeView>(`/admin/sites/${siteId}/enrollment-codes`, {}));
    } catch (caught) {
      setError(caught instanceof DashboardApiError ? caught : undefined);
    }
  }

  return (
    <>
      <div className="panel cp-admin-block">
        <h2>{t('coordination.admin.sites')}</h2>
        <ErrorMessage error={sites.error ?? error} />
        <table className="cp-table" data-testid="cp-admin-sites">
          <tbody>
            {sites.data?.sites.map((site) => (
              <tr key={site.id}>
                <th scope="row">{site.name}</th>
                <td>{site.municipality}</td>
                <td>{t('coordination.points.tablets', { count: site.activeDevices })}</td>
                <td>
                  <button type="button" className="button" onClick={() => void makeCode(site.id)} data-testid="cp-make-code">
                    {t('coordination.admin.makeCode')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {code ? <EnrollmentCode code={code} onClose={() => setCode(null)} /> : null}
        <AddSite onAdded={sites.reload} />
      </div>
      <div className="panel cp-admin-block">
        <h2>{t('coordination.admin.devices')}</h2>
        <ErrorMessage error={devices.error} />
        {devices.data && devices.data.devices.length === 0 ? <p className="muted">{t('coordination.admin.noDevices')}</p> : null}
        <ul className="cp-device-list" data-testid="cp-admin-devices">
          {devices.data?.devices.map((device) => (
            <li key={device.id}>
              <DeviceRow device={device} onChanged={devices.reload} />
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}

function EnrollmentCode({ code, onClose }: { code: EnrollmentCodeView; onClose: () => void }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  return (
    <div className="cp-code" role="status" data-testid="cp-enrollment-code">
      <div>
        <h3>{t('coordination.admin.code', { site: code.siteName })}</h3>
        <p className="cp-code-text" data-testid="cp-code-text">
          {code.code}
        </p>
        <p>{t('coordination.admin.codeValidUntil', { time: formatWhen(code.expiresAt, language) })}</p>
        <p className="muted">{t('coordination.admin.codeHint')}</p>
        <button type="button" className="button" onClick={onClose}>
          {t('coordination.actions.cancel')}
        </button>
      </div>
      <img
        className="cp-qr"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(code.qrSvg)}`}
        alt={t('coordination.admin.qrAlt', { code: code.code })}
        width={200}
        height={200}
      />
    </div>
  );
}

function AddSite({ onAdded }: { onAdded: () => void }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const [municipality, setMunicipality] = useState('');
  const [done, setDone] = useState<string | undefined>();
  const [error, setError] = useState<DashboardApiError | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || !municipality.trim()) return;
    setError(undefined);
    try {
      const site = await apiPost<SiteView>('/admin/sites', { name: name.trim(), municipality: municipality.trim() });
      setDone(t('coordination.admin.siteAdded', { name: site.name }));
      setName('');
      onAdded();
    } catch (caught) {
      setDone(undefined);
      setError(caught instanceof DashboardApiError ? caught : undefined);
    }
  }

  return (
    <form className="form cp-inline-form" onSubmit={(event) => void submit(event)}>
      <h3>{t('coordination.admin.addSite')}</h3>
      <div className="field-row">
        <TextField label={t('coordination.admin.siteName')} value={name} onChange={setName} maxLength={80} required />
        <TextField label={t('coordination.admin.municipality')} value={municipality} onChange={setMunicipality} maxLength={80} required />
        <button type="submit" className="button button-primary cp-align-end">
          {t('coordination.admin.add')}
        </button>
      </div>
      {error?.code === 'site_name_taken' ? (
        <p className="alert alert-error" role="alert">
          {t('coordination.admin.siteTaken')}
        </p>
      ) : (
        <ErrorMessage error={error} />
      )}
      {done ? (
        <p className="saved" role="status">
          {done}
        </p>
      ) : null}
    </form>
  );
}

function DeviceRow({ device, onChanged }: { device: DeviceView; onChanged: () => void }) {
  const { t } = useTranslation();
  const language = useSession((state) => state.language);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<DashboardApiError | undefined>();
  const offsetMinutes = device.clockOffsetMs === null ? 0 : Math.round(device.clockOffsetMs / 60_000);

  async function revoke() {
    setError(undefined);
    try {
      await apiPost<DeviceView>(`/admin/devices/${device.id}/revoke`, {});
      setConfirming(false);
      onChanged();
    } catch (caught) {
      setError(caught instanceof DashboardApiError ? caught : undefined);
    }
  }

  return (
    <div className={`cp-device${device.revokedAt ? ' is-revoked' : ''}`} data-testid="cp-device">
      <div>
        <strong>{device.name}</strong> · {device.siteName}
        <p className="muted">
          {device.lastSeenAt ? t('coordination.admin.deviceSeen', { time: formatWhen(device.lastSeenAt, language) }) : t('coordination.admin.deviceNeverSeen')}
          {offsetMinutes !== 0 ? ` · ${t('coordination.admin.deviceClock', { minutes: offsetMinutes })}` : ''}
          {device.revokedAt ? ` · ${t('coordination.admin.revoked', { time: formatWhen(device.revokedAt, language) })}` : ''}
        </p>
      </div>
      {!device.revokedAt && !confirming ? (
        <button type="button" className="button" onClick={() => setConfirming(true)}>
          {t('coordination.admin.revoke')}
        </button>
      ) : null}
      {confirming ? (
        <div className="cp-confirm" role="alertdialog" aria-label={t('coordination.admin.revoke')}>
          <p>{t('coordination.admin.revokeConfirm', { name: device.name })}</p>
          <button type="button" className="button button-danger" onClick={() => void revoke()}>
            {t('coordination.admin.revokeYes')}
          </button>
          <button type="button" className="button" onClick={() => setConfirming(false)}>
            {t('coordination.actions.cancel')}
          </button>
        </div>
      ) : null}
      <ErrorMessage error={error} />
    </div>
  );
}

function Accounts() {
  const { t } = useTranslation();
  const users = useResource<UsersResponse>('/admin/users');
  const [name, setName] = useState('');
  const [role, setRole] = useState<'coordinator' | 'admin'>('coordinator');
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [done, setDone] = useState<string | undefined>();
  const [error, setError] = useState<DashboardApiError | undefined>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setProblem(undefined);
    setError(undefined);
    if (!name.trim()) return;
    if (password.length < 10) return setProblem(t('coordination.admin.passwordShort'));
    try {
      const user = await apiPost<CoordinatorUserView>('/admin/users', { name: name.trim(), role, password });
      setDone(t('coordination.admin.userAdded', { name: user.name }));
      setName('');
      setPassword('');
      users.reload();
    } catch (caught) {
      setDone(undefined);
      setError(caught instanceof DashboardApiError ? caught : undefined);
    }
  }

  return (
    <div className="panel cp-admin-block">
      <h2>{t('coordination.admin.users')}</h2>
      <ErrorMessage error={users.error} />
      <ul className="cp-user-list">
        {users.data?.users.map((user) => (
          <li key={user.id}>
            {user.name} · {t(`coordination.session.roles.${user.role}`)}
          </li>
        ))}
      </ul>
      <form className="form cp-inline-form" onSubmit={(event) => void submit(event)}>
        <h3>{t('coordination.admin.addUser')}</h3>
        <div className="field-row">
          <TextField label={t('coordination.admin.userName')} value={name} onChange={setName} maxLength={60} autoComplete="off" required />
          <div className="field">
            <label htmlFor="cp-new-user-role">{t('coordination.admin.role')}</label>
            <select id="cp-new-user-role" value={role} onChange={(event) => setRole(event.target.value as 'coordinator' | 'admin')}>
              <option value="coordinator">{t('coordination.session.roles.coordinator')}</option>
              <option value="admin">{t('coordination.session.roles.admin')}</option>
            </select>
          </div>
          <TextField
            label={t('coordination.admin.password')}
            value={password}
            onChange={setPassword}
            type="password"
            autoComplete="new-password"
            error={problem}
          />
          <button type="submit" className="button button-primary cp-align-end">
            {t('coordination.admin.add')}
          </button>
        </div>
        {error?.code === 'user_name_taken' ? (
          <p className="alert alert-error" role="alert">
            {t('coordination.admin.userTaken')}
          </p>
        ) : (
          <ErrorMessage error={error} />
        )}
        {done ? (
          <p className="saved" role="status">
            {done}
          </p>
        ) : null}
      </form>
    </div>
  );
}
