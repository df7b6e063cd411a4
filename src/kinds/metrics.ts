import * as z from 'zod/mini';
import { check, doc, itemList, lazily, parts, readTarget, relativeProblem, unitMatches } from './common.js';
import { defineKind } from './types.js';

export const METRIC_LAYERS = ['business', 'model', 'system', 'guardrail', 'feedback'] as const;
/** The evaluation tools whose output `aipm import` reads. */
export const EVIDENCE_TOOLS = ['lm-eval', 'inspect', 'promptfoo', 'model-index'] as const;

/** One metric, as a metrics file lists it and an organisation file shares it. Built on first use (see `lazily`). */
export const metricItem = lazily(() => {
  const { id, ids, target, text } = parts();
  const measuredBy = z.strictObject({
    tool: z.enum(EVIDENCE_TOOLS).check(doc('The tool that wrote the file: lm-eval | inspect | promptfoo | model-index', '产生结果文件的工具：lm-eval | inspect | promptfoo | model-index')),
    task: text.check(doc(
      'The task as the tool names it (lm-eval results key, Inspect eval.task, promptfoo provider id or *, model-index dataset name)',
      '工具中的任务名（lm-eval 的 results 键、Inspect 的 eval.task、promptfoo 的 provider id 或 *、model-index 的数据集名）',
      'arc_easy',
    )),
    metric: text.check(doc(
      'The metric as the tool names it (acc, accuracy, <scorer>/<metric>, pass-rate, a model-index metric type)',
      '工具中的指标名（acc、accuracy、<scorer>/<metric>、pass-rate、model-index 的指标类型）',
      'acc',
    )),
    filter: z.optional(text).check(doc('lm-eval filter (default none)', 'lm-eval 的过滤器（默认 none）', 'none')),
    scale: z.optional(check(z.number(), (n) => n > 0, 'scale').check(z.meta({ exclusiveMinimum: 0 }))).check(doc('A factor: 100 turns 0.91 into 91 on a % metric', '换算系数：100 把 0.91 变成 91（% 指标）', 100)),
    segment: z.optional(text).check(doc('Which of this metric\'s segments the number is', '该数值属于本指标的哪个分群', 'night')),
  });
  const metric = z
    .strictObject({
      id: id.check(doc('The metric\'s id (M- for model metrics, BM- for business ones, by convention)', '指标的 id（惯例：模型指标 M-，业务指标 BM-）')),
      name: text.check(doc('What the metric is called', '指标名称')),
      owner: text.check(doc('Who is accountable for the metric', '指标负责人')),
      definition: text.check(doc('How it is computed', '计算口径：如何计算')),
      unit: text.check(doc('%, ms, count, …: a unit written on a target must match it', '单位：%、ms、次数……；target 中写的单位须与之一致')),
      layer: z.enum(METRIC_LAYERS).check(doc(
        'business | model | system | guardrail (a limit that protects users) | feedback (user feedback: complaints, bad ratings)',
        'business 业务 | model 模型 | system 系统 | guardrail 护栏（保护用户的底线）| feedback 用户反馈（投诉、差评）',
      )),
      target: target.check(doc(
        'The healthy condition: ">= 90", "<= 300 ms", "≥ 90%" or {op: ">=", value: 90}; a unit after the number must be the metric\'s unit',
        '达标条件：">= 90"、"<= 300 ms"、"≥ 90%" 或 {op: ">=", value: 90}；数字后的单位须与指标的 unit 一致',
      )),
      baseline: z.optional(z.number()).check(doc(
        'The metric\'s current value, before the change, in its unit: what the target improves on, and the reference for a relative target (">= baseline + 5%")',
        '基线：改动之前指标的当前值（同一单位），目标要在它之上改进；相对目标（">= baseline + 5%"）以它为参照',
      )),
      red_line: z.optional(z.strictObject({
        target: target.check(doc('The limit that must hold (e.g. "<= 1500")', '必须守住的底线（例如 "<= 1500"）')),
        action: z.optional(text).check(doc('What runs when the limit stops holding (the fallback)', '底线被突破时执行的兜底动作')),
      })).check(doc('The limit that must hold, and the fallback that runs when it does not', '红线：必须守住的底线，以及突破时的兜底动作')),
      measured_on: z.optional(z.strictObject({
        dataset: id.check(doc('The dataset (DS- id) it is measured on', '在哪个数据集（DS- id）上评估')),
        method: z.enum(['offline', 'online-ab', 'shadow', 'manual'])
          .check(doc('offline | online-ab | shadow | manual', 'offline 离线 | online-ab 线上 A/B | shadow 影子流量 | manual 人工')),
      })).check(doc('Where and how it is measured', '在哪里、用什么方式评估')),
      supports: z.optional(ids).check(doc('Business metrics (ids) this metric serves', '本指标服务的业务指标（id）')),
      guards: z.optional(ids).check(doc('Metrics (ids) this guardrail protects users from', '本护栏指标所约束的指标（id）')),
      segments: z.optional(z.array(z.strictObject({
        name: text.check(doc('The class or segment (e.g. night photos)', '类别或分群（例如夜间照片）')),
        target: target.check(doc('The minimum for that segment', '该分群的达标条件')),
      }))).check(doc('Per-class or per-segment minimums', '按类别或分群的最低要求')),
      min_samples: z.optional(z.number().check(z.int(), z.gte(1)))
        .check(doc('The fewest samples a result (or segment) needs before it can back a ship decision', '一个结果（或分群）至少要有多少样本，才能支撑上线决策')),
      measured_by: z.optional(z.array(measuredBy))
        .check(doc('Where `aipm import` finds this metric in an evaluation tool\'s output', 'aipm import 在评测工具输出中找到本指标的位置')),
      tolerance: z.optional(z.number().check(z.gte(0)))
        .check(doc('How much worse than the previous evaluation still counts as no regression, in the metric\'s unit (default 0)', '比上一次评估差多少仍算没有退步，单位同指标（默认 0）', 0.5)),
    })
    .check(z.superRefine((m, ctx) => {
      // A unit written on a target must be the metric's own; a relative target needs the metric's
      // baseline (and `pp` a metric in %).
      const places: [readonly (string | number)[], unknown][] = [
        [['target'], m.target],
        [['red_line', 'target'], m.red_line?.target],
        ...(m.segments ?? []).map((s, i) => [['segments', i, 'target'], s.target] as [readonly (string | number)[], unknown]),
      ];
      for (const [path, value] of places) {
        const t = readTarget(value);
        if (t?.relative) {
          const problem = relativeProblem(t.relative, m);
          if (problem) ctx.addIssue({ code: 'custom', path: [...path], params: { msg: problem, unit: m.unit } });
        } else if (t && !unitMatches(t, m.unit)) {
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
  return metric;
});

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { envelope } = parts();
  return z.strictObject({ ...envelope('metrics'), metrics: itemList(metricItem()).check(doc('The metrics, one item each', '指标列表，每项一个指标')) });
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
