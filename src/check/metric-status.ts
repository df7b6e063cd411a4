import { meetsTarget, parseTarget, type Target } from '../kinds/common.js';
import type { Entry, Model } from './types.js';

/** The latest value reported for a metric, and the evaluation that reported it. */
export interface LatestValue {
  value: number;
  evaluation: Entry<'evaluation'>;
  /** Latest value per segment name, from the same evaluation. */
  segments: Map<string, number>;
}

/** Orders evaluations oldest first: by `date`, then by id. The last one is the latest. */
export function byRecency(a: Entry<'evaluation'>, b: Entry<'evaluation'>): number {
  if (a.value.date !== b.value.date) return a.value.date < b.value.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The latest value of every metric: from the evaluation with the latest `date` (then the greatest
 * id) that reports it.
 */
export function latestValues(model: Pick<Model, 'items'>): Map<string, LatestValue> {
  const evaluations = [...model.items.evaluation]
    .filter((e) => e.file.status !== 'superseded')
    .sort(byRecency);
  const latest = new Map<string, LatestValue>();
  for (const evaluation of evaluations) {
    for (const r of evaluation.value.results) {
      latest.set(r.metric, { value: r.value, evaluation, segments: new Map((r.segments ?? []).map((s) => [s.name, s.value])) });
    }
  }
  return latest;
}

export type Verdict = 'pass' | 'fail' | 'none';

/** Pass or fail of a value against a target written in YAML; `none` when either is missing. */
export function judge(value: number | undefined, target: unknown): { verdict: Verdict; target?: Target } {
  const t = parseTarget(target);
  if (!t) return { verdict: 'none' };
  if (value === undefined) return { verdict: 'none', target: t };
  return { verdict: meetsTarget(value, t) ? 'pass' : 'fail', target: t };
}
