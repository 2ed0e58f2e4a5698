/** A small seeded PRNG (mulberry32): a failing chaos run is replayed with the same seed. */
export type Random = () => number;

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: Random, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

export function seedFromEnv(name = 'CHAOS_SEED'): number {
  const fromEnv = process.env[name];
  return fromEnv ? Number(fromEnv) : Math.floor(Math.random() * 2 ** 31);
}
