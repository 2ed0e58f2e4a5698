import type { EmergencyReport } from '../../domain';

export const SERVICE_ICON: Record<EmergencyReport['service'], string> = { ambulance: '🚑', fire: '🚒', police: '🚓', unsure: '❓' };
