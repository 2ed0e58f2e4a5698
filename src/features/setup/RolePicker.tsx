import { useTranslation } from '../../i18n/useTranslation';
import { ROLE_HOME } from '../../app/routes';
import { navigate } from '../../app/router';
import { useSession, type Role } from '../../state/session';

const ROLES: { role: Role; icon: string }[] = [
  { role: 'volunteer', icon: '🧾' },
  { role: 'lead', icon: '📋' },
  { role: 'kiosk', icon: 'ℹ️' },
];

export function RolePicker() {
  const { t } = useTranslation();
  const setRole = useSession((state) => state.setRole);
  return (
    <section className="panel">
      <h1>{t('roles.title')}</h1>
      <div className="role-grid">
        {ROLES.map(({ role, icon }) => (
          <button
            key={role}
            type="button"
            className="role-card"
            data-role={role}
            onClick={() => {
              setRole(role);
              navigate(ROLE_HOME[role]);
            }}
          >
            <span className="role-icon" aria-hidden="true">
              {icon}
            </span>
            <span className="role-name">{t(`roles.${role}`)}</span>
            <span className="role-hint">{t(`roles.${role}Hint`)}</span>
          </button>
        ))}
      </div>
    </section>
  );
}
