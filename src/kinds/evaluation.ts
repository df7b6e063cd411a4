import * as z from 'zod';
import { check, date, envelope, id, text } from './common.js';
import type { KindDef } from './types.js';

/** How many samples a value was measured on, and its confidence interval (same unit as the value). */
const evidence = {
  n: z.number().int().min(0).optional().describe('How many samples the value was measured on'),
  ci: check(z.tuple([z.number(), z.number()]), ([low, high]) => low <= high, 'ci')
    .optional()
    .describe('Confidence interval [low, high], in the unit of the value'),
};

export const result = z.strictObject({
  metric: id,
  value: z.number(),
  ...evidence,
  segments: z.array(z.strictObject({ name: text, value: z.number(), ...evidence })).optional(),
});

const schema = z.strictObject({
  ...envelope('evaluation'),
  id,
  model: text.describe('Model name and version evaluated'),
  date,
  dataset: id.describe('The dataset (DS- id) evaluated on'),
  experiments: z
    .array(z.strictObject({ id, change: text, results: z.record(z.string(), z.number()).optional() }))
    .optional(),
  results: z.array(result),
  analysis: text.optional(),
  decision: z.enum(['ship', 'iterate', 'stop']),
  improvements: z
    .array(
      z.strictObject({
        problem: text.optional().describe('The current effect: what falls short'),
        cause: text.optional().describe('Why'),
        action: text.optional().describe('What to do next'),
        owner: text.optional(),
        due: date.optional(),
      }),
    )
    .optional()
    .describe('The optimisation plan (优化方案), required when the decision is iterate'),
});

export const evaluation = {
  name: 'evaluation',
  title: { zh: '效果评估报告', en: 'Evaluation report' },
  schema,
  lists: { experiments: 'experiment' },
  fileItem: 'evaluation',
  refs: [
    { at: ['dataset'], to: 'dataset' },
    { at: ['results', '*', 'metric'], to: 'metric' },
    { at: ['experiments', '*', 'results', '{key}'], to: 'metric' },
  ],
  idPrefixes: { evaluation: 'EV-', experiment: 'EXP-' },
} as const satisfies KindDef;
