// `--shard k/n`: one job of a CI matrix of n takes its share of the products, so n jobs check
// each product once. Pure.

export interface Shard {
  /** Which share, from 1 (as test runners count shards). */
  k: number;
  /** How many shares. */
  n: number;
}

/** `3/4` → {k: 3, n: 4}; undefined for anything else (`0/0`, `3/2`, `a/b`, `1.5/2`). */
export function parseShard(text: string): Shard | undefined {
  const m = /^\s*(\d{1,4})\s*\/\s*(\d{1,4})\s*$/.exec(text);
  if (!m) return undefined;
  const k = Number(m[1]);
  const n = Number(m[2]);
  return k >= 1 && k <= n ? { k, n } : undefined;
}

/** The items at positions k, k+n, k+2n, … (counting from 1) of a list already in its order. */
export function shareOf<T>(items: readonly T[], { k, n }: Shard): T[] {
  return items.filter((_, i) => i % n === k - 1);
}
