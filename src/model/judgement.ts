import { meetsTarget, parseTarget, type Target } from '../kinds/common.js';
import type { Path } from '../yaml/positions.js';
import { direction } from './thresholds.js';
import type { Entry } from './types.js';

// How an evaluation's evidence stands against the plan's targets, judged once: the
// evaluation-consistent rule reports what it says about a ship decision, `aipm gate` reports all of
// it as the release verdict (and adds regressions, compliance and validation, see gate.ts).

export type JudgementCode = 'miss' | 'segment-missing' | 'red-line' | 'not-significant' | 'few-samples' | 'guardrail-missing';

/** One thing wrong with an evaluation's evidence, at a data path of its file. */
export interface Judgement {
  code: JudgementCode;
  path: Path;
  metric: string;
  segment?: string;
  value?: number;
  target?: Target;
  n?: number;
  ci?: [number, number];
  /** few-samples: the metric's `min_samples`. */
  min?: number;
  /** not-significant: the interval's end on the unhealthy side. */
  bound?: number;
  /** red-line: what the red line says to do. */
  action?: string;
  /** guardrail-missing: the reported metrics it guards; empty when no guardrail names a reported metric (then every guardrail counts). */
  guards?: string[];
}

/** A result or segment with its verdict, as the gate lists them. */
export interface JudgedValue {
  metric: string;
  segment?: string;
  value: number;
  target?: Target;
  verdict: 'pass' | 'fail' | 'none';
  n?: number;
  ci?: [number, number];
  stderr?: number;
  path: Path;
}

interface Measured {
  value: number;
  n?: number | undefined;
  ci?: [number, number] | undefined;
  stderr?: number | undefined;
}

/** The end of an interval on the unhealthy side of a target: the low end when higher is healthy. */
export function unhealthyBound(ci: readonly [number, number], target: Target): number | undefined {
  const way = direction(target);
  return way === 'higher' ? ci[0] : way === 'lower' ? ci[1] : undefined;
}

const evidenceOf = (m: Measured) => ({
  ...(m.n === undefined ? {} : { n: m.n }),
  ...(m.ci === undefined ? {} : { ci: m.ci }),
});

/**
 * Judges one evaluation against the metrics' targets, segment targets, red lines, `min_samples`
 * and intervals, and asks for the guardrails (every guardrail that guards a reported metric; when
 * none does, every guardrail). A value that misses is not asked for samples or significance; a
 * value on too few samples is not asked for significance.
 */
export function judgeEvaluation(
  ev: Entry<'evaluation'>,
  find: (id: string) => Entry<'metric'> | undefined,
  guardrails: readonly Entry<'metric'>[],
): { judgements: Judgement[]; values: JudgedValue[] } {
  const judgements: Judgement[] = [];
  const values: JudgedValue[] = [];
  const passing: { at: Path; measured: Measured; target: Target; metric: Entry<'metric'>; segment?: string }[] = [];
  ev.value.results.forEach((r, i) => {
    const at = [...ev.path, 'results', i];
    const metric = find(r.metric);
    const target = metric && parseTarget(metric.value.target, metric.value);
    values.push({ metric: r.metric, value: r.value, ...(target ? { target } : {}), verdict: target ? (meetsTarget(r.value, target) ? 'pass' : 'fail') : 'none', ...evidenceOf(r), ...(r.stderr === undefined ? {} : { stderr: r.stderr }), path: at });
    for (const s of r.segments ?? []) {
      const segmentTarget = parseTarget(metric?.value.segments?.find((x) => x.name === s.name)?.target, metric?.value);
      const j = r.segments!.indexOf(s);
      values.push({ metric: r.metric, segment: s.name, value: s.value, ...(segmentTarget ? { target: segmentTarget } : {}), verdict: segmentTarget ? (meetsTarget(s.value, segmentTarget) ? 'pass' : 'fail') : 'none', ...evidenceOf(s), ...(s.stderr === undefined ? {} : { stderr: s.stderr }), path: [...at, 'segments', j] });
    }
    if (!metric || !target) return;
    if (!meetsTarget(r.value, target)) {
      judgements.push({ code: 'miss', path: [...at, 'value'], metric: metric.id, value: r.value, target, ...evidenceOf(r) });
    } else passing.push({ at, measured: r, target, metric });
    const redLine = parseTarget(metric.value.red_line?.target, metric.value);
    if (redLine && !meetsTarget(r.value, redLine)) {
      judgements.push({ code: 'red-line', path: [...at, 'value'], metric: metric.id, value: r.value, target: redLine, ...evidenceOf(r), ...(metric.value.red_line?.action ? { action: metric.value.red_line.action } : {}) });
    }
    for (const segment of metric.value.segments ?? []) {
      const segmentTarget = parseTarget(segment.target, metric.value);
      if (!segmentTarget) continue;
      const j = r.segments?.findIndex((s) => s.name === segment.name) ?? -1;
      const reported = j >= 0 ? r.segments![j]! : undefined;
      if (!reported) {
        judgements.push({ code: 'segment-missing', path: at, metric: metric.id, segment: segment.name, target: segmentTarget });
      } else if (!meetsTarget(reported.value, segmentTarget)) {
        judgements.push({ code: 'miss', path: [...at, 'segments', j, 'value'], metric: metric.id, segment: segment.name, value: reported.value, target: segmentTarget, ...evidenceOf(reported) });
      } else passing.push({ at: [...at, 'segments', j], measured: reported, target: segmentTarget, metric, segment: segment.name });
    }
  });
  for (const { at, measured, target, metric, segment } of passing) {
    const base = { metric: metric.id, ...(segment === undefined ? {} : { segment }), value: measured.value, target, ...evidenceOf(measured) };
    const min = metric.value.min_samples;
    if (min !== undefined && measured.n !== undefined && measured.n < min) {
      judgements.push({ code: 'few-samples', path: [...at, 'n'], ...base, min });
      continue;
    }
    const bound = measured.ci && unhealthyBound(measured.ci, target);
    if (measured.ci && bound !== undefined && !meetsTarget(bound, target)) {
      judgements.push({ code: 'not-significant', path: [...at, 'ci'], ...base, bound });
    }
  }
  const reported = new Set(ev.value.results.map((r) => r.metric));
  const guarding = guardrails.filter((g) => g.value.guards?.some((id) => reported.has(id)));
  for (const g of guarding.length > 0 ? guarding : guardrails) {
    if (reported.has(g.id)) continue;
    const guards = (g.value.guards ?? []).filter((id) => reported.has(id));
    const target = parseTarget(g.value.target, g.value);
    judgements.push({ code: 'guardrail-missing', path: [...ev.path, 'decision'], metric: g.id, ...(target ? { target } : {}), guards: guarding.length > 0 ? guards : [] });
  }
  return { judgements, values };
}
