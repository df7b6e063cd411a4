// The statistics `aipm import` and `aipm gate` use, each a named formula (see docs/evidence.md).

/** z for a two-sided 95% interval, as SPEC writes it (value ± 1.96·stderr). */
export const Z_95 = 1.96;

/** z beyond which a one-sided test at 5% rejects: the 95th percentile of the standard normal. */
export const Z_ONE_SIDED_5 = 1.6448536269514722;

/**
 * The Wilson score interval of a proportion (Wilson 1927, JASA 22:209; "method 3" in Newcombe
 * 1998, Stat Med 17:857): centre (p + z²/2n) / (1 + z²/n), half-width
 * z / (1 + z²/n) · √(p(1−p)/n + z²/4n²). Unlike p ± z·√(p(1−p)/n) it stays inside 0–1 and is
 * not empty at 0 or n successes. Clipped to [0, 1] against rounding below 0 at 0 successes.
 */
export function wilsonInterval(successes: number, n: number, z: number = Z_95): [number, number] {
  if (!(n > 0) || successes < 0 || successes > n) throw new RangeError(`wilsonInterval: ${successes} of ${n}`);
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

/**
 * The two-proportion z statistic with the pooled proportion (the score test for a difference of
 * two independent proportions; e.g. Agresti, Categorical Data Analysis, §3.1; Fleiss, Statistical
 * Methods for Rates and Proportions, §2.5): z = (p₁ − p₂) / √(p̂(1−p̂)(1/n₁ + 1/n₂)), with
 * p̂ = (x₁ + x₂) / (n₁ + n₂). Positive when the first proportion is the larger. 0 when both are
 * 0 or both 1 (no spread, no evidence of a difference).
 */
export function twoProportionZ(successes1: number, n1: number, successes2: number, n2: number): number {
  if (!(n1 > 0) || !(n2 > 0)) throw new RangeError(`twoProportionZ: n ${n1}, ${n2}`);
  const pooled = (successes1 + successes2) / (n1 + n2);
  const spread = pooled * (1 - pooled) * (1 / n1 + 1 / n2);
  if (spread <= 0) return 0;
  return (successes1 / n1 - successes2 / n2) / Math.sqrt(spread);
}

/**
 * One-sided two-proportion z-test at 5%: is proportion `now` (of `nNow`) lower than `before` (of
 * `nBefore`) by more than chance explains? True when z(before − now) > 1.6449.
 */
export function significantlyLower(now: number, nNow: number, before: number, nBefore: number): boolean {
  return twoProportionZ(before * nBefore, nBefore, now * nNow, nNow) > Z_ONE_SIDED_5;
}

/** value ± 1.96·stderr. */
export function normalInterval(value: number, stderr: number, z: number = Z_95): [number, number] {
  return [value - z * stderr, value + z * stderr];
}

/** Two intervals share a value. */
export function intervalsOverlap(a: readonly [number, number], b: readonly [number, number]): boolean {
  return a[0] <= b[1] && b[0] <= a[1];
}

/**
 * Rounds to 4 significant digits, keeping every integer digit: 12345.6 → 12346, 0.912345 →
 * 0.9123, 91.2345 → 91.23. (Imported numbers are shown and written this way.)
 */
export function roundSignificant(x: number, digits = 4): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const integerDigits = Math.floor(Math.log10(Math.abs(x))) + 1;
  if (integerDigits >= digits) return Math.round(x);
  const rounded = Number(x.toPrecision(digits));
  return Object.is(rounded, -0) ? 0 : rounded;
}
