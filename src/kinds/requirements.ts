import * as z from 'zod/mini';
import { itemList, lazily, parts } from './common.js';
import { defineKind } from './types.js';

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { date, envelope, id, ids, score, target, text, texts } = parts();
  const requirement = z.strictObject({
    id,
    title: text.check(z.describe('Short name of the requirement')),
    problem: text.check(z.describe('The pain point, in the user\'s words')),
    priority: z.enum(['P0', 'P1', 'P2', 'P3']),
    owner: text,
    status: z.enum(['proposed', 'accepted', 'in-progress', 'done', 'dropped']),
    type: z._default(z.enum(['feature', 'tech-debt', 'exploration', 'compliance']), 'feature'),
    scenario: z.optional(text).check(z.describe('Who hits the problem, and when')),
    pain: z.optional(z.strictObject({ frequency: score, reach: score, cost: score }))
      .check(z.describe('How often (frequency), how many users (reach), how costly to solve (cost): 1-5 each')),
    value: z.optional(score).check(z.describe('Business value, 1-5 (the value matrix)')),
    difficulty: z.optional(score).check(z.describe('Technical difficulty, 1-5 (the value matrix)')),
    ai_fit: z.optional(text).check(z.describe('Why AI and not a simpler fix')),
    feasibility: z.optional(z.strictObject({ verdict: z.enum(['can', 'hard', 'cannot']), note: z.optional(text) }))
      .check(z.describe('The technical boundary: can | hard | cannot')),
    targets: z.optional(z.array(z.strictObject({ metric: id, target: z.optional(target) })))
      .check(z.describe('Metrics this requirement is held to; target defaults to the metric\'s own')),
    scope: z.optional(z.strictObject({ in: z.optional(texts), out: z.optional(texts) })),
    datasets: z.optional(ids).check(z.describe('Datasets (DS- ids) this requirement depends on')),
    alternatives: z.optional(texts),
    due: z.optional(date),
  });

  return z.strictObject({ ...envelope('requirements'), requirements: itemList(requirement) });
});

export const requirements = defineKind({
  name: 'requirements',
  title: { zh: '产品需求清单', en: 'Requirements' },
  get schema() {
    return schema();
  },
  items: { requirement: { list: 'requirements', label: { zh: '需求', en: 'requirement' }, prefix: 'REQ-' } },
  refs: [
    { at: ['requirements', '*', 'targets', '*', 'metric'], to: 'metric' },
    { at: ['requirements', '*', 'datasets', '*'], to: 'dataset' },
  ],
  template: 'requirements',
  skeleton: 'requirements.yaml',
  init: true,
});
