import * as z from 'zod/mini';
import { itemList, lazily, parts } from './common.js';
import { defineKind } from './types.js';

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { envelope, id, rate, text, texts } = parts();
  const verdict = z.enum(['go', 'conditional', 'no-go']);

  const dataset = z.strictObject({
    id,
    name: text,
    owner: text,
    source: z.enum(['internal', 'external', 'purchased', 'generated']),
    availability: z.enum(['available', 'partial', 'unavailable']),
    volume: z.optional(z.strictObject({ have: z.number().check(z.gte(0)), need: z.number().check(z.gte(0)), unit: z.optional(text) })),
    quality: z.optional(
      z.strictObject({ missing_rate: z.optional(rate), anomaly_rate: z.optional(rate), label_error_rate: z.optional(rate) }),
    ),
    coverage: z.optional(z.array(z.strictObject({ scenario: text, covered: z.boolean() })))
      .check(z.describe('Scenarios the data covers or misses (rain, night, new users…)')),
    bias_risks: z.optional(texts),
    labeling: z.optional(
      z.strictObject({ required: z.boolean(), rules: z.optional(text), max_error_rate: z.optional(rate), sample_rate: z.optional(rate) }),
    ),
    compliance: z.optional(
      z.strictObject({ personal_data: z.boolean(), consent: z.optional(z.boolean()), anonymized: z.optional(z.boolean()), basis: z.optional(text) }),
    ).check(z.describe('Personal data: consent, anonymisation and the legal basis')),
    verdict: verdict.check(z.describe('go | conditional | no-go')),
    gaps: z.optional(texts),
  });

  return z.strictObject({
    ...envelope('data-feasibility'),
    conclusion: z.optional(verdict).check(z.describe('Overall verdict: go | conditional | no-go')),
    datasets: itemList(dataset),
  });
});

export const dataFeasibility = defineKind({
  name: 'data-feasibility',
  title: { zh: '数据可行性报告', en: 'Data feasibility' },
  get schema() {
    return schema();
  },
  items: { dataset: { list: 'datasets', label: { zh: '数据集', en: 'dataset' }, prefix: 'DS-' } },
  refs: [],
  template: 'data-feasibility',
  skeleton: 'data-feasibility.yaml',
  init: true,
});
