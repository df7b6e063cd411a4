import * as z from 'zod/mini';
import { check, doc, lazily, parts } from './common.js';
import { EVIDENCE_TOOLS } from './metrics.js';
import { defineKind } from './types.js';

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { date, envelope, id, text } = parts();
  /** How many samples a value was measured on, and its confidence interval (same unit as the value). */
  const evidence = {
    n: z.optional(z.number().check(z.int(), z.gte(0))).check(doc('How many samples the value was measured on', '该数值基于多少样本')),
    ci: z.optional(check(z.tuple([z.number(), z.number()]), ([low, high]) => low <= high, 'ci'))
      .check(doc('Confidence interval [low, high], in the unit of the value', '置信区间 [下限, 上限]，与数值同一单位', [80.2, 83.6])),
    stderr: z.optional(z.number().check(z.gte(0)))
      .check(doc('Standard error, in the unit of the value', '标准误，单位同数值', 0.85)),
    source: z.optional(z.strictObject({
      tool: z.enum(EVIDENCE_TOOLS).check(doc('The tool that wrote the file', '产生结果文件的工具')),
      file: text.check(doc('The file read, relative to the workspace', '读取的文件（相对工作区）', 'evidence/lm-eval/results.json')),
      sha256: check(z.string(), (s) => /^[0-9a-f]{64}$/.test(s), 'sha256').check(doc('SHA-256 of the file read', '所读文件的 SHA-256', '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08')),
      task: text.check(doc('The task as the tool names it', '工具中的任务名', 'arc_easy')),
      metric: text.check(doc('The metric as the tool names it', '工具中的指标名', 'acc')),
      filter: z.optional(text).check(doc('lm-eval filter', 'lm-eval 的过滤器', 'none')),
      imported: date.check(doc('When it was imported', '导入日期', '2026-11-20')),
    })).check(doc('Where `aipm import` read this number', 'aipm import 读取该数值的来源')),
  };

  const result = z.strictObject({
    metric: id.check(doc('The metric (M- id) measured', '评估的指标（M- id）')),
    value: z.number().check(doc('The value measured, in the metric\'s unit', '测得的数值，使用指标的单位')),
    ...evidence,
    segments: z.optional(z.array(z.strictObject({
      name: text.check(doc('A segment the metric defines', '指标定义的某个分群')),
      value: z.number().check(doc('The value on that segment', '该分群上的数值')),
      ...evidence,
    }))).check(doc('Values per segment of the metric', '按分群的数值')),
  });

  return z.strictObject({
    ...envelope('evaluation'),
    id: id.check(doc('The evaluation\'s id (EV- by convention)', '评估的 id（惯例以 EV- 开头）')),
    model: text.check(doc('Model name and version evaluated', '被评估的模型名称与版本')),
    date: date.check(doc('When it was evaluated, YYYY-MM-DD', '评估日期，YYYY-MM-DD')),
    dataset: id.check(doc('The dataset (DS- id) evaluated on', '评估所用的数据集（DS- id）')),
    experiments: z.optional(z.array(z.strictObject({
      id: id.check(doc('The experiment\'s id (EXP- by convention)', '实验的 id（惯例以 EXP- 开头）')),
      change: text.check(doc('What was changed in this experiment', '本次实验改了什么')),
      results: z.optional(z.record(z.string(), z.number())).check(doc('Values measured, by metric (M- id → number)', '测得的数值，按指标（M- id → 数值）')),
    }))).check(doc('Experiments tried along the way', '过程中做过的实验')),
    results: z.array(result).check(doc('The values measured, one per metric; aipm judges each against the metric\'s target', '测得的结果，每个指标一项；aipm 对照指标的 target 判定是否达标')),
    analysis: z.optional(text).check(doc('What the results mean', '对结果的分析')),
    decision: z.enum(['ship', 'iterate', 'stop']).check(doc('ship | iterate | stop', 'ship 上线 | iterate 继续迭代 | stop 停止')),
    improvements: z.optional(
      z.array(
        z.strictObject({
          problem: z.optional(text).check(doc('The current effect: what falls short', '当前效果：哪里不够')),
          cause: z.optional(text).check(doc('Why', '原因')),
          action: z.optional(text).check(doc('What to do next', '下一步做什么')),
          owner: z.optional(text).check(doc('Who does it', '负责人')),
          due: z.optional(date).check(doc('By when, YYYY-MM-DD', '截止日期，YYYY-MM-DD')),
        }),
      ),
    ).check(doc('The optimisation plan (优化方案), required when the decision is iterate', '优化方案；决定为 iterate 时必填')),
  });
});

export const evaluation = defineKind({
  name: 'evaluation',
  title: { zh: '效果评估报告', en: 'Evaluation report' },
  get schema() {
    return schema();
  },
  items: {
    evaluation: { label: { zh: '评估', en: 'evaluation' }, prefix: 'EV-' },
    experiment: { list: 'experiments', label: { zh: '实验', en: 'experiment' }, prefix: 'EXP-' },
  },
  refs: [
    { at: ['dataset'], to: 'dataset' },
    { at: ['results', '*', 'metric'], to: 'metric' },
    { at: ['experiments', '*', 'results', '{key}'], to: 'metric' },
  ],
  template: 'evaluation',
  skeleton: 'evaluation.yaml',
});
