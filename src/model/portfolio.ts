import { addDays, daysBetween } from '../kinds/common.js';
import { isOverdue, live } from './queries.js';
import { planStatus } from './status.js';
import type { Finding, Model } from './types.js';

// The portfolio: many products at a glance, one row each (`status --all`, `render --all`'s
// portfolio page). Pure: the commands read each product and hand its checked model in.

/** Where a product's rollout stands on a date. */
export type Rollout =
  /** No launch plan, or one without stages. */
  | { state: 'none' }
  /** A launch plan, but no launch milestone whose `start` would start it. */
  | { state: 'unscheduled' }
  /** The launch milestone has not started. */
  | { state: 'before'; starts: string }
  /** In stage `index` (from 1) of `of`, since `since`, to `until` (its last day) when the stage has `days`. */
  | { state: 'stage'; index: number; of: number; stage: string; traffic: number; since: string; until?: string }
  /** Every stage has run its `days`: the last ended the day before `since`. */
  | { state: 'done'; since: string };

export interface NextMilestone {
  id: string;
  name: string;
  due: string;
  overdue: boolean;
}

/** One product's row. */
export interface PortfolioRow {
  /** The product's id and name, from its aipm.yaml. */
  product: { id: string; name: string };
  errors: number;
  warnings: number;
  /** The earliest-due milestone not done; undefined when every milestone is done or there is none. */
  next?: NextMilestone;
  /** The metrics whose latest value, or a segment's, misses its target. */
  failing: string[];
  rollout: Rollout;
}

/** A product whose aipm.yaml could not be read: its row says why; the others are still reported. */
export interface BrokenRow {
  /** aipm.yaml's path, as the user sees it. */
  config: string;
  /** Why, worded. */
  error: string;
}

export type PortfolioEntry = ({ kind: 'product' } & PortfolioRow | { kind: 'broken' } & BrokenRow) & {
  /** The product's folder, as the user sees it. */
  folder: string;
};

/**
 * A product's row on `today`: its unsuppressed errors and warnings, its next milestone, its failing
 * metrics (judged as `aipm status` judges them) and its rollout stage.
 */
export function portfolioRow(product: { id: string; name: string }, model: Model, findings: readonly Finding[], today: string): PortfolioRow {
  const shown = findings.filter((f) => !f.suppressed);
  const status = planStatus(model, today);
  const next = nextMilestone(model, today);
  return {
    product: { id: product.id, name: product.name },
    errors: shown.filter((f) => f.severity === 'error').length,
    warnings: shown.filter((f) => f.severity === 'warning').length,
    ...(next ? { next } : {}),
    failing: status.metrics.filter((m) => m.verdict === 'fail' || m.segments.some((s) => s.verdict === 'fail')).map((m) => m.id),
    rollout: rolloutStage(model, today),
  };
}

/** The earliest-due milestone not done (then the earliest id), with whether it is overdue. */
export function nextMilestone(model: Pick<Model, 'items'>, today: string): NextMilestone | undefined {
  const open = live(model.items.milestone)
    .filter((m) => m.value.status !== 'done')
    .sort((a, b) => (a.value.due < b.value.due ? -1 : a.value.due > b.value.due ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const first = open[0];
  if (!first) return undefined;
  return { id: first.id, name: first.value.name, due: first.value.due, overdue: isOverdue(first.value, today) };
}

/**
 * The rollout stage on `today`: the launch plan's stages run one after the other from the launch
 * milestone's `start` (the earliest-starting milestone of stage `launch`), each for its `days`; a
 * stage without `days` lasts until the plan changes.
 */
export function rolloutStage(model: Pick<Model, 'items' | 'docs'>, today: string): Rollout {
  const plan = live(model.docs['launch-plan']).find((p) => p.value.rollout.length > 0);
  if (!plan) return { state: 'none' };
  const launch = live(model.items.milestone)
    .filter((m) => m.value.stage === 'launch')
    .sort((a, b) => (a.value.start < b.value.start ? -1 : a.value.start > b.value.start ? 1 : a.id < b.id ? -1 : 1))[0];
  if (!launch) return { state: 'unscheduled' };
  const start = launch.value.start;
  if (today < start) return { state: 'before', starts: start };
  const elapsed = daysBetween(start, today);
  const stages = plan.value.rollout;
  let from = 0;
  for (const [i, s] of stages.entries()) {
    const to = s.days === undefined ? Infinity : from + s.days;
    if (elapsed < to) {
      return { state: 'stage', index: i + 1, of: stages.length, stage: s.stage, traffic: s.traffic, since: addDays(start, from), ...(to === Infinity ? {} : { until: addDays(start, to - 1) }) };
    }
    from = to;
  }
  return { state: 'done', since: addDays(start, from) };
}
