import { create } from 'zustand';
import type { LinkStatus } from './connectivity';
import type { DrainProgress, SyncReport } from './engine';

/** Screen-only: the link state, drain progress and last sync round the header shows. */
interface LinkStore extends LinkStatus {
  drain?: DrainProgress;
  lastReport?: SyncReport;
}

export const useLink = create<LinkStore>(() => ({ state: 'checking' }));
