import * as z from 'zod';
import { itemList, envelope, id, rate, text, texts } from './common.js';
import type { KindDef } from './types.js';

const verdict = z.enum(['go', 'conditional', 'no-go']);

export const dataset = z.strictObject({
  id,
  name: text,
  owner: text,
  source: z.enum(['internal', 'external', 'purchased', 'generated']),
  availability: z.enum(['available', 'partial', 'unavailable']),
  volume: z.strictObject({ have: z.number().min(0), need: z.number().min(0), unit: text.optional() }).optional(),
  quality: z
    .strictObject({ missing_rate: rate.optional(), anomaly_rate: rate.optional(), label_error_rate: rate.optional() })
    .optional(),
  coverage: z.array(z.strictObject({ scenario: text, covered: z.boolean() })).optional()
    .describe('Scenarios the data covers or misses (rain, night, new users…)'),
  bias_risks: texts.optional(),
  labeling: z
    .strictObject({ required: z.boolean(), rules: text.optional(), max_error_rate: rate.optional(), sample_rate: rate.optional() })
    .optional(),
  compliance: z
    .strictObject({ personal_data: z.boolean(), consent: z.boolean().optional(), anonymized: z.boolean().optional(), basis: text.optional() })
    .optional()
    .describe('Personal data: consent, anonymisation and the legal basis'),
  verdict: verdict.describe('go | conditional | no-go'),
  gaps: texts.optional(),
});

export const dataFeasibility = {
  name: 'data-feasibility',
  title: { zh: '数据可行性报告', en: 'Data feasibility' },
  schema: z.strictObject({
    ...envelope('data-feasibility'),
    conclusion: verdict.optional().describe('Overall verdict: go | conditional | no-go'),
    datasets: itemList(dataset),
  }),
  lists: { datasets: 'dataset' },
  refs: [],
  idPrefixes: { dataset: 'DS-' },
} as const satisfies KindDef;
