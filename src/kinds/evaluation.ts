import * as z from 'zod';
import { date, envelope, id, text } from './common.js';
import type { KindDef } from './types.js';

export const result = z.strictObject({
  metric: id,
  value: z.number(),
  segments: z.array(z.strictObject({ name: text, value: z.number() })).optional(),
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
