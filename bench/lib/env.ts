/** What every benchmark prints first: the machine and the date, for BENCHMARKS.md. */
import os from 'node:os';

export function machineLine(): string {
  return `${new Date().toISOString().slice(0, 10)} · ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'cpu'}) · ${Math.round(os.totalmem() / 2 ** 30)} GiB · Node ${process.version}`;
}

export function mean(values: readonly number[]): number {
  return values.reduce((sum, value) => sum + value, 0) / values.length;
}

export function median(values: number[]): number {
  return percentile(values, 50);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KiB`;
export const sec = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
