import * as z from 'zod/mini';
import { check, lazily, parts } from './common.js';
import type { KindDef } from './types.js';

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { date, envelope, id, text } = parts();
  /** How many samples a value was measured on, and its confidence interval (same unit as the value). */
  const evidence = {
    n: z.optional(z.number().check(z.int(), z.gte(0))).check(z.describe('How many samples the value was measured on')),
    ci: z.optional(check(z.tuple([z.number(), z.number()]), ([low, high]) => low <= high, 'ci'))
      .check(z.describe('Confidence interval [low, high], in the unit of the value')),
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

export const evaluation = {
  name: 'evaluation',
  title: { zh: '效果评估报告', en: 'Evaluation report' },
  get schema() {
    return schema();
  },
  lists: { experiments: 'experiment' },
  fileItem: 'evaluation',
  refs: [
    { at: ['dataset'], to: 'dataset' },
    { at: ['results', '*', 'metric'], to: 'metric' },
    { at: ['experiments', '*', 'results', '{key}'], to: 'metric' },
  ],
  idPrefixes: { evaluation: 'EV-', experiment: 'EXP-' },
} as const satisfies KindDef;
