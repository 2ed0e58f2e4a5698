/**
 * Labels of an hourly chart from `YYYY-MM-DD HH` keys (src/domain/evaluation.ts `hourKey`):
 * "14:00" when all hours are on one day, else "10/10 14h".
 */
export function hourLabels(hours: readonly { hour: string }[]): string[] {
  const oneDay = new Set(hours.map(({ hour }) => hour.slice(0, 10))).size <= 1;
  return hours.map(({ hour }) => (oneDay ? `${hour.slice(11)}:00` : `${hour.slice(8, 10)}/${hour.slice(5, 7)} ${hour.slice(11)}h`));
}
