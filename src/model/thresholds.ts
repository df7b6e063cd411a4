import type { Target } from '../kinds/common.js';
import type { Entry, Model } from './types.js';

// Targets as sets of values, for the rules that compare one threshold with another. A target
// `<= 3` is the values up to 3; `> 5` those above 5; `== 2` the single value 2.

export type Direction = 'higher' | 'lower';

/** Which way is healthy: `>=`/`>` higher, `<=`/`<` lower; `==` has no direction. */
export function direction(t: Target): Direction | undefined {
  if (t.op === '>=' || t.op === '>') return 'higher';
  if (t.op === '<=' || t.op === '<') return 'lower';
  return undefined;
}

/** The values a target admits, as an interval with open or closed ends. */
interface Interval {
  low: number;
  lowOpen: boolean;
  high: number;
  highOpen: boolean;
}

function intervalOf(t: Target): Interval {
  switch (t.op) {
    case '>=': return { low: t.value, lowOpen: false, high: Infinity, highOpen: true };
    case '>': return { low: t.value, lowOpen: true, high: Infinity, highOpen: true };
    case '<=': return { low: -Infinity, lowOpen: true, high: t.value, highOpen: false };
    case '<': return { low: -Infinity, lowOpen: true, high: t.value, highOpen: true };
    case '==': return { low: t.value, lowOpen: false, high: t.value, highOpen: false };
  }
}

/** Some value meets both (e.g. a rollback trigger that fires while the target still holds). */
export function overlaps(a: Target, b: Target): boolean {
  const x = intervalOf(a);
  const y = intervalOf(b);
  // The intersection's lower end is the larger low, open if the interval it comes from is open there.
  const low = Math.max(x.low, y.low);
  const lowOpen = (x.low === low && x.lowOpen) || (y.low === low && y.lowOpen);
  const high = Math.min(x.high, y.high);
  const highOpen = (x.high === high && x.highOpen) || (y.high === high && y.highOpen);
  return low < high || (low === high && !lowOpen && !highOpen);
}

/** Every value that meets `inner` also meets `outer` (a red line must hold whenever the target does). */
export function within(inner: Target, outer: Target): boolean {
  const x = intervalOf(inner);
  const y = intervalOf(outer);
  const lowOk = y.low < x.low || (y.low === x.low && (!y.lowOpen || x.lowOpen));
  const highOk = x.high < y.high || (x.high === y.high && (!y.highOpen || x.highOpen));
  return lowOk && highOk;
}

/**
 * The simplest condition on the unhealthy side of a target: `> 3` for `<= 3`, `< 90` for `>= 90`;
 * a relative target stays relative (`< baseline + 5%` for `>= baseline + 5%`).
 */
export function unhealthySide(t: Target): Target | undefined {
  const flipped = { '>=': '<', '>': '<=', '<=': '>', '<': '>=' } as const;
  return t.op === '==' ? undefined : { ...t, op: flipped[t.op] };
}


/** What a percent metric's own numbers are, beside which a target in 0–1 reads as a fraction. */
export interface PercentEvidence {
  what: 'baseline' | 'result' | 'segment';
  value: number;
}

/** A percent metric's baseline and every result and segment result reported for it, in that order. */
export function percentEvidence(model: Pick<Model, 'items'>, metric: Entry<'metric'>): PercentEvidence[] {
  const found: PercentEvidence[] = [];
  if (typeof metric.value.baseline === 'number') found.push({ what: 'baseline', value: metric.value.baseline });
  for (const ev of model.items.evaluation) {
    for (const r of ev.value.results) {
      if (r.metric !== metric.id) continue;
      found.push({ what: 'result', value: r.value });
      for (const s of r.segments ?? []) found.push({ what: 'segment', value: s.value });
    }
  }
  return found;
}

/**
 * `>= 0.35` on a percent metric whose baseline is 28: a threshold in 0–1 beside a number of the
 * metric's own above 1 and at least ten times it was written as a fraction. The number that shows it.
 */
export function fractionBeside(t: Target | undefined, evidence: readonly PercentEvidence[]): PercentEvidence | undefined {
  if (!t || !(t.value > 0 && t.value < 1)) return undefined;
  return evidence.find((e) => e.value > 1 && e.value >= 10 * t.value);
}

/** A threshold written as a fraction, as the percent meant (`>= 0.35` → `>= 35`), the unit kept as written. */
export function asPercent(t: Target): Target {
  return { ...t, value: Math.round(t.value * 100 * 1e6) / 1e6 };
}

/** Units a measure of which is never negative (the percent sign in either width too). */
const NEVER_NEGATIVE = new Set(['%', '％', 'ms', 's', 'sec', 'seconds', 'min', 'minutes', 'h', 'hours', 'day', 'days', 'count', 'counts', '次', '个', '条', '秒', '分钟', '小时', '天']);

/** A condition that holds for no value of a metric in this unit: `< 0` (or below) where values are never negative. */
export function neverHolds(t: Target, unit: string): boolean {
  const below = (t.op === '<' && t.value <= 0) || (t.op === '<=' && t.value < 0);
  return below && NEVER_NEGATIVE.has(unit.trim().toLowerCase());
}
