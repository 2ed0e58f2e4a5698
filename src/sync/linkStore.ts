import { create } from 'zustand';
import type { LinkStatus } from './connectivity';

/** Screen-only: the link state and drain progress the header shows. */
export interface DrainProgress {
  total: number;
  sent: number;
}

interface LinkStore extends LinkStatus {
  drain?: DrainProgress;
}

export const useLink = create<LinkStore>(() => ({ state: 'checking' }));
