import * as z from 'zod/mini';
import { lazily, parts } from './common.js';
import { defineKind } from './types.js';

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { envelope, id, target, text, texts } = parts();
  return z.strictObject({
    ...envelope('launch-plan'),
    strategy: z._default(z.enum(['gradual', 'full']), 'gradual'),
    reason: z.optional(text).check(z.describe('Why a one-step full launch is safe')),
    rollout: z.array(
      z.strictObject({
        stage: text,
        traffic: z.number().check(z.describe('Percent of traffic, 0-100')),
        days: z.optional(z.number().check(z.gte(0))),
        exit_criteria: z.optional(texts),
      }),
    ),
    rollback: z.optional(
      z.strictObject({
        triggers: z.optional(z.array(z.strictObject({ metric: id, target: target.check(z.describe('The condition that starts a rollback')) }))),
        procedure: z.optional(text),
        owner: z.optional(text),
        max_minutes: z.optional(z.number().check(z.gte(0))),
      }),
    ),
    fallbacks: z.optional(z.array(z.strictObject({ when: text, action: text }))),
    monitoring: z.optional(z.array(z.strictObject({ metric: id, alert: z.optional(text), dashboard: z.optional(text) }))),
    drift: z.optional(z.strictObject({ signals: z.optional(texts), retrain: z.optional(text) })),
    notice: z.optional(text).check(z.describe('What users are told about the AI')),
  });
});

export const launchPlan = defineKind({
  name: 'launch-plan',
  title: { zh: '上线计划', en: 'Launch plan' },
  get schema() {
    return schema();
  },
  items: {},
  refs: [
    { at: ['rollback', 'triggers', '*', 'metric'], to: 'metric' },
    { at: ['monitoring', '*', 'metric'], to: 'metric' },
  ],
  template: 'launch-plan',
  skeleton: 'launch-plan.yaml',
});
