import * as z from 'zod/mini';
import { check, itemList, lazily, parseTarget, parts, unitMatches } from './common.js';
import { defineKind } from './types.js';

export const METRIC_LAYERS = ['business', 'model', 'system', 'guardrail', 'feedback'] as const;
/** The evaluation tools whose output `aipm import` reads. */
export const EVIDENCE_TOOLS = ['lm-eval', 'inspect', 'promptfoo', 'model-index'] as const;

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { envelope, id, ids, target, text } = parts();
  const measuredBy = z.strictObject({
    tool: z.enum(EVIDENCE_TOOLS).check(z.describe('The tool that wrote the file: lm-eval | inspect | promptfoo | model-index / 产生结果文件的工具')),
    task: text.check(z.describe('The task as the tool names it (lm-eval results key, Inspect eval.task, promptfoo provider id or *, model-index dataset name) / 工具中的任务名')),
    metric: text.check(z.describe('The metric as the tool names it (acc, accuracy, <scorer>/<metric>, pass-rate, a model-index metric type) / 工具中的指标名')),
    filter: z.optional(text).check(z.describe('lm-eval filter (default none) / lm-eval 的过滤器（默认 none）')),
    scale: z.optional(check(z.number(), (n) => n > 0, 'scale').check(z.meta({ exclusiveMinimum: 0 }))).check(z.describe('A factor: 100 turns 0.91 into 91 on a % metric / 换算系数：100 把 0.91 变成 91（% 指标）')),
    segment: z.optional(text).check(z.describe("Which of this metric's segments the number is / 该数值属于本指标的哪个分群")),
  });
  const metric = z
    .strictObject({
      id,
      name: text,
      owner: text,
      definition: text.check(z.describe('How it is computed')),
      unit: text.check(z.describe('%, ms, count, …: a unit written on a target must match it')),
      layer: z.enum(METRIC_LAYERS),
      target,
      baseline: z.optional(z.number()),
      red_line: z.optional(z.strictObject({ target, action: z.optional(text) }))
        .check(z.describe('The limit that must hold, and the fallback that runs when it does not')),
      measured_on: z.optional(z.strictObject({ dataset: id, method: z.enum(['offline', 'online-ab', 'shadow', 'manual']) })),
      supports: z.optional(ids).check(z.describe('Business metrics this metric serves')),
      guards: z.optional(ids).check(z.describe('Metrics this guardrail protects users from')),
      segments: z.optional(z.array(z.strictObject({ name: text, target }))).check(z.describe('Per-class or per-segment minimums')),
      min_samples: z.optional(z.number().check(z.int(), z.gte(1)))
        .check(z.describe('The fewest samples a result (or segment) needs before it can back a ship decision')),
      measured_by: z.optional(z.array(measuredBy))
        .check(z.describe('Where `aipm import` finds this metric in an evaluation tool\'s output / aipm import 在评测工具输出中找到本指标的位置')),
      tolerance: z.optional(z.number().check(z.gte(0)))
        .check(z.describe('How much worse than the previous evaluation still counts as no regression, in the metric\'s unit (default 0) / 比上一次评估差多少仍算没有退步，单位同指标（默认 0）')),
    })
    .check(z.superRefine((m, ctx) => {
      // A unit written on a target must be the metric's own.
      const places: [readonly (string | number)[], unknown][] = [
        [['target'], m.target],
        [['red_line', 'target'], m.red_line?.target],
        ...(m.segments ?? []).map((s, i) => [['segments', i, 'target'], s.target] as [readonly (string | number)[], unknown]),
      ];
      for (const [path, value] of places) {
        const t = parseTarget(value);
        if (t && !unitMatches(t, m.unit)) {
          ctx.addIssue({ code: 'custom', path: [...path], params: { msg: 'unit', unit: t.unit, expected: m.unit } });
        }
      }
      // A measured_by segment names one of the metric's own segments.
      const segments = (m.segments ?? []).map((s) => s.name);
      (m.measured_by ?? []).forEach((by, i) => {
        if (by.segment !== undefined && !segments.includes(by.segment)) {
          ctx.addIssue({ code: 'custom', path: ['measured_by', i, 'segment'], params: { msg: 'measuredBySegment', value: by.segment, segments: segments.join(', ') || '—' } });
        }
      });
    }));

  return z.strictObject({ ...envelope('metrics'), metrics: itemList(metric) });
});

export const metrics = defineKind({
  name: 'metrics',
  title: { zh: 'AI目标说明书（指标）', en: 'Metrics' },
  get schema() {
    return schema();
  },
  items: { metric: { list: 'metrics', label: { zh: '指标', en: 'metric' }, prefix: 'M-' } },
  refs: [
    { at: ['metrics', '*', 'supports', '*'], to: 'metric' },
    { at: ['metrics', '*', 'guards', '*'], to: 'metric' },
    { at: ['metrics', '*', 'measured_on', 'dataset'], to: 'dataset' },
  ],
  template: 'metrics',
  skeleton: 'metrics.yaml',
  init: true,
});
