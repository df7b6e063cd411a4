import { addDays, meetsTarget, parseTarget, type Target, type TargetMetric } from '../kinds/common.js';
import type { ItemKind } from '../kinds/index.js';
import type { CheckedFile, Entry, Model } from './types.js';

// Questions the rules and the renderer both ask, answered once.

/** Superseded files keep their ids, but no rule or summary reads them. */
export function isLive(file: Pick<CheckedFile, 'status'>): boolean {
  return file.status !== 'superseded';
}

/** The entries (items or documents) outside superseded files. */
export function live<T extends { file: Pick<CheckedFile, 'status'> }>(entries: readonly T[]): T[] {
  return entries.filter((e) => isLive(e.file));
}

/** Entries by id; the first definition wins, as references resolve. */
export function firstById<K extends ItemKind>(entries: readonly Entry<K>[]): Map<string, Entry<K>> {
  const byId = new Map<string, Entry<K>>();
  for (const e of entries) if (!byId.has(e.id)) byId.set(e.id, e);
  return byId;
}

/** A lookup of any valid item by kind and id (superseded files included: their ids resolve). */
export function itemFinder(model: Pick<Model, 'items'>): <K extends ItemKind>(kind: K, id: string) => Entry<K> | undefined {
  const maps = new Map<ItemKind, Map<string, Entry>>();
  return <K extends ItemKind>(kind: K, id: string) => {
    let byId = maps.get(kind);
    if (!byId) maps.set(kind, (byId = firstById(model.items[kind] as Entry[])));
    return byId.get(id) as Entry<K> | undefined;
  };
}

// ---- risks ---------------------------------------------------------------------------------

const LEVEL = { high: 3, medium: 2, low: 1 } as const;

/** Risks not closed, outside superseded files: highest impact first, then probability, then id. */
export function openRisks(model: Pick<Model, 'items'>): Entry<'risk'>[] {
  return live(model.items.risk)
    .filter((r) => r.value.status !== 'closed')
    .sort((a, b) => LEVEL[b.value.impact] - LEVEL[a.value.impact] || LEVEL[b.value.probability] - LEVEL[a.value.probability] || (a.id < b.id ? -1 : 1));
}

// ---- milestones ------------------------------------------------------------------------------

interface Scheduled {
  due: string;
  buffer_days?: number | undefined;
  status: string;
}

/** The last day of a milestone's buffer: `due` plus `buffer_days`. */
export function bufferEnd(m: Scheduled): string {
  return addDays(m.due, m.buffer_days ?? 0);
}

/** Not done, and today is past its due date plus buffer. */
export function isOverdue(m: Scheduled, today: string): boolean {
  return m.status !== 'done' && today > bufferEnd(m);
}

// ---- evaluations and metric values -----------------------------------------------------------

/** Orders evaluations oldest first: by `date`, then by id. The last one is the latest. */
export function byRecency(a: Entry<'evaluation'>, b: Entry<'evaluation'>): number {
  if (a.value.date !== b.value.date) return a.value.date < b.value.date ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The newest evaluation of each model: latest `date`, then greatest id. */
export function latestPerModel(evaluations: readonly Entry<'evaluation'>[]): Entry<'evaluation'>[] {
  const latest = new Map<string, Entry<'evaluation'>>();
  for (const e of evaluations) {
    const current = latest.get(e.value.model);
    if (!current || byRecency(e, current) > 0) latest.set(e.value.model, e);
  }
  return [...latest.values()];
}

/** The latest value reported for a metric, and the evaluation that reported it. */
export interface LatestValue {
  value: number;
  evaluation: Entry<'evaluation'>;
  /** Latest value per segment name, from the same evaluation. */
  segments: Map<string, number>;
}

/**
 * The latest value of every metric: from the evaluation with the latest `date` (then the greatest
 * id) that reports it. Superseded evaluations do not count.
 */
export function latestValues(model: Pick<Model, 'items'>): Map<string, LatestValue> {
  const evaluations = live(model.items.evaluation).sort(byRecency);
  const latest = new Map<string, LatestValue>();
  for (const evaluation of evaluations) {
    for (const r of evaluation.value.results) {
      latest.set(r.metric, { value: r.value, evaluation, segments: new Map((r.segments ?? []).map((s) => [s.name, s.value])) });
    }
  }
  return latest;
}

export type Verdict = 'pass' | 'fail' | 'none';

/**
 * Pass or fail of a value against a target written in YAML, resolved against `metric` (the metric
 * the target belongs to: its baseline for a relative target); `none` when either is missing.
 */
export function judge(value: number | undefined, target: unknown, metric: TargetMetric): { verdict: Verdict; target?: Target } {
  const t = parseTarget(target, metric);
  if (!t) return { verdict: 'none' };
  if (value === undefined) return { verdict: 'none', target: t };
  return { verdict: meetsTarget(value, t) ? 'pass' : 'fail', target: t };
}

// ---- the product's answers to model limits (solution.limits) ---------------------------------

/** A weakness the plan shows: a failing result or segment of a model's latest evaluation, or a scenario a dataset does not cover. */
export type Gap =
  | { kind: 'result'; metric: string; value: number; target: Target; evaluation: Entry<'evaluation'> }
  | { kind: 'segment'; metric: string; segment: string; value: number; target: Target; evaluation: Entry<'evaluation'> }
  | { kind: 'scenario'; scenario: string; dataset: Entry<'dataset'> };

const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * The gaps no `limits` entry of a live solution answers, each once: a failing result (answered by a
 * limit naming its metric), a failing segment (by metric and segment), an uncovered scenario (by
 * scenario). Only the latest evaluation of each model counts.
 */
export function unansweredGaps(model: Pick<Model, 'items' | 'docs'>): Gap[] {
  const limits = live(model.docs.solution).flatMap((s) => s.value.limits ?? []);
  const metrics = firstById(model.items.metric);
  const gaps: Gap[] = [];
  const seen = new Set<string>();
  const add = (key: string, gap: Gap) => {
    if (!seen.has(key)) gaps.push(gap);
    seen.add(key);
  };
  for (const evaluation of latestPerModel(live(model.items.evaluation)).sort(byRecency)) {
    for (const r of evaluation.value.results) {
      const metric = metrics.get(r.metric);
      const target = parseTarget(metric?.value.target, metric?.value);
      if (target && !meetsTarget(r.value, target) && !limits.some((l) => l.metric === r.metric)) {
        add(`m\0${r.metric}`, { kind: 'result', metric: r.metric, value: r.value, target, evaluation });
      }
      for (const s of r.segments ?? []) {
        const segmentTarget = parseTarget(metric?.value.segments?.find((x) => x.name === s.name)?.target, metric?.value);
        if (!segmentTarget || meetsTarget(s.value, segmentTarget)) continue;
        if (limits.some((l) => l.metric === r.metric && l.segment !== undefined && sameText(l.segment, s.name))) continue;
        add(`s\0${r.metric}\0${s.name}`, { kind: 'segment', metric: r.metric, segment: s.name, value: s.value, target: segmentTarget, evaluation });
      }
    }
  }
  for (const dataset of live(model.items.dataset)) {
    for (const c of dataset.value.coverage ?? []) {
      if (c.covered || limits.some((l) => l.scenario !== undefined && sameText(l.scenario, c.scenario))) continue;
      add(`c\0${c.scenario.trim().toLowerCase()}`, { kind: 'scenario', scenario: c.scenario, dataset });
    }
  }
  return gaps;
}
