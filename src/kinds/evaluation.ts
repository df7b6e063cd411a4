import * as z from 'zod/mini';
import { check, lazily, parts } from './common.js';
import { EVIDENCE_TOOLS } from './metrics.js';
import { defineKind } from './types.js';

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { date, envelope, id, text } = parts();
  /** How many samples a value was measured on, and its confidence interval (same unit as the value). */
  const evidence = {
    n: z.optional(z.number().check(z.int(), z.gte(0))).check(z.describe('How many samples the value was measured on')),
    ci: z.optional(check(z.tuple([z.number(), z.number()]), ([low, high]) => low <= high, 'ci'))
      .check(z.describe('Confidence interval [low, high], in the unit of the value')),
    stderr: z.optional(z.number().check(z.gte(0)))
      .check(z.describe('Standard error, in the unit of the value / 标准误，单位同数值')),
    source: z.optional(z.strictObject({
      tool: z.enum(EVIDENCE_TOOLS),
      file: text.check(z.describe('The file read, relative to the workspace / 读取的文件（相对工作区）')),
      sha256: check(z.string(), (s) => /^[0-9a-f]{64}$/.test(s), 'sha256').check(z.describe('SHA-256 of the file read / 文件的 SHA-256')),
      task: text,
      metric: text,
      filter: z.optional(text),
      imported: date.check(z.describe('When it was imported / 导入日期')),
    })).check(z.describe('Where `aipm import` read this number / aipm import 读取该数值的来源')),
  };

  const result = z.strictObject({
    metric: id,
    value: z.number(),
    ...evidence,
    segments: z.optional(z.array(z.strictObject({ name: text, value: z.number(), ...evidence }))),
  });

  return z.strictObject({
    ...envelope('evaluation'),
    id,
    model: text.check(z.describe('Model name and version evaluated')),
    date,
    dataset: id.check(z.describe('The dataset (DS- id) evaluated on')),
    experiments: z.optional(z.array(z.strictObject({ id, change: text, results: z.optional(z.record(z.string(), z.number())) }))),
    results: z.array(result),
    analysis: z.optional(text),
    decision: z.enum(['ship', 'iterate', 'stop']),
    improvements: z.optional(
      z.array(
        z.strictObject({
          problem: z.optional(text).check(z.describe('The current effect: what falls short')),
          cause: z.optional(text).check(z.describe('Why')),
          action: z.optional(text).check(z.describe('What to do next')),
          owner: z.optional(text),
          due: z.optional(date),
        }),
      ),
    ).check(z.describe('The optimisation plan (优化方案), required when the decision is iterate')),
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
