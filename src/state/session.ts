/**
 * UI and session state. Records never live here: they stay in Dexie and reach screens through
 * useLiveQuery. Every key is labelled the way it is kept (see STATE_KEYS): persisted in this
 * browser, or screen-only (gone on reload).
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import type { Language } from '../i18n/core';

export type Role = 'volunteer' | 'lead' | 'kiosk';
export type Theme = 'system' | 'light' | 'dark';

export interface SiteSummary {
  id: string;
  name: string;
  municipality: string;
}

/** Who is at the tablet now (a shared tablet changes hands): stamped on what they record. */
export interface Operator {
  volunteerId: string;
  name: string;
}

export interface SessionState {
  role: Role | null;
  operator: Operator | null;
  /** Locked after inactivity until someone signs in with name + PIN (kept across reloads). */
  locked: boolean;
  language: Language;
  theme: Theme;
  site: SiteSummary | null;
  /** Forms with typed but unsaved input, by form name: an update never reloads over them. */
  unsavedForms: Record<string, true>;
  setRole: (role: Role | null) => void;
  setOperator: (operator: Operator | null) => void;
  setLanguage: (language: Language) => void;
  setTheme: (theme: Theme) => void;
  setSite: (site: SiteSummary) => void;
  setUnsaved: (form: string, unsaved: boolean) => void;
}

export const STATE_KEYS = {
  role: 'persisted',
  operator: 'persisted',
  locked: 'persisted',
  language: 'persisted',
  theme: 'persisted',
  site: 'persisted',
  unsavedForms: 'screen-only',
} as const satisfies Record<keyof Omit<SessionState, `set${string}`>, 'persisted' | 'screen-only'>;

type PersistedKey = { [K in keyof typeof STATE_KEYS]: (typeof STATE_KEYS)[K] extends 'persisted' ? K : never }[keyof typeof STATE_KEYS];

export const useSession = create<SessionState>()(
  persist(
    (set, get) => ({
      role: null,
      operator: null,
      locked: false,
      language: 'nl',
      theme: 'system',
      site: null,
      unsavedForms: {},
      setRole: (role) => set({ role }),
      setOperator: (operator) => set({ operator }),
      setLanguage: (language) => set({ language }),
      setTheme: (theme) => set({ theme }),
      setSite: (site) => set({ site }),
      setUnsaved: (form, unsaved) => {
        // Nothing changes (a form's first render says "nothing typed"): no set, which would
        // also write the whole session to localStorage (the persist middleware writes on every set).
        if (Boolean(get().unsavedForms[form]) === unsaved) return;
        set((state) => {
          const unsavedForms = { ...state.unsavedForms };
          if (unsaved) unsavedForms[form] = true;
          else delete unsavedForms[form];
          return { unsavedForms };
        });
      },
    }),
    {
      name: 'noodsteunpunt-session',
      version: 1,
      storage: createJSONStorage(() => localStorage),
      partialize: (state) =>
        Object.fromEntries(
          Object.entries(state).filter(([key]) => (STATE_KEYS as Record<string, string>)[key] === 'persisted'),
        ) as Pick<SessionState, PersistedKey>,
    },
  ),
);

export function hasUnsavedInput(): boolean {
  return Object.keys(useSession.getState().unsavedForms).length > 0;
}

/** The name stored as `by` on records; the tablet's role when nobody has signed in. */
export function operatorName(): string {
  const { operator, role } = useSession.getState();
  return operator?.name ?? (role === 'lead' ? 'Locatieleider' : 'Balie');
}
