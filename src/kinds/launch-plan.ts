import * as z from 'zod';
import { envelope, id, target, text, texts } from './common.js';
import type { KindDef } from './types.js';

const schema = z.strictObject({
  ...envelope('launch-plan'),
  strategy: z.enum(['gradual', 'full']).default('gradual'),
  reason: text.optional().describe('Why a one-step full launch is safe'),
  rollout: z.array(
    z.strictObject({
      stage: text,
      traffic: z.number().describe('Percent of traffic, 0-100'),
      days: z.number().min(0).optional(),
      exit_criteria: texts.optional(),
    }),
  ),
  rollback: z
    .strictObject({
      triggers: z.array(z.strictObject({ metric: id, target: target.describe('The condition that starts a rollback') })).optional(),
      procedure: text.optional(),
      owner: text.optional(),
      max_minutes: z.number().min(0).optional(),
    })
    .optional(),
  fallbacks: z.array(z.strictObject({ when: text, action: text })).optional(),
  monitoring: z.array(z.strictObject({ metric: id, alert: text.optional(), dashboard: text.optional() })).optional(),
  drift: z.strictObject({ signals: texts.optional(), retrain: text.optional() }).optional(),
  notice: text.optional().describe('What users are told about the AI'),
});

export const launchPlan = {
  name: 'launch-plan',
  title: { zh: '上线计划', en: 'Launch plan' },
  schema,
  lists: {},
  refs: [
    { at: ['rollback', 'triggers', '*', 'metric'], to: 'metric' },
    { at: ['monitoring', '*', 'metric'], to: 'metric' },
  ],
  idPrefixes: {},
} as const satisfies KindDef;
