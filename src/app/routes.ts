import type { Role } from '../state/session';

export const ROLE_HOME: Record<Role, string> = { volunteer: '/desk', lead: '/lead', kiosk: '/kiosk' };
