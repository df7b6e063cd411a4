import * as z from 'zod';
import { itemList, date, envelope, id, ids, score, target, text, texts } from './common.js';
import type { KindDef } from './types.js';

export const requirement = z.strictObject({
  id,
  title: text.describe('Short name of the requirement'),
  problem: text.describe('The pain point, in the user\'s words'),
  priority: z.enum(['P0', 'P1', 'P2', 'P3']),
  owner: text,
  status: z.enum(['proposed', 'accepted', 'in-progress', 'done', 'dropped']),
  type: z.enum(['feature', 'tech-debt', 'exploration', 'compliance']).default('feature'),
  scenario: text.optional().describe('Who hits the problem, and when'),
  pain: z
    .strictObject({ frequency: score, reach: score, cost: score })
    .optional()
    .describe('How often (frequency), how many users (reach), how costly to solve (cost): 1-5 each'),
  value: score.optional().describe('Business value, 1-5 (the value matrix)'),
  difficulty: score.optional().describe('Technical difficulty, 1-5 (the value matrix)'),
  ai_fit: text.optional().describe('Why AI and not a simpler fix'),
  feasibility: z
    .strictObject({ verdict: z.enum(['can', 'hard', 'cannot']), note: text.optional() })
    .optional()
    .describe('The technical boundary: can | hard | cannot'),
  targets: z
    .array(z.strictObject({ metric: id, target: target.optional() }))
    .optional()
    .describe('Metrics this requirement is held to; target defaults to the metric\'s own'),
  scope: z.strictObject({ in: texts.optional(), out: texts.optional() }).optional(),
  datasets: ids.optional().describe('Datasets (DS- ids) this requirement depends on'),
  alternatives: texts.optional(),
  due: date.optional(),
});

export const requirements = {
  name: 'requirements',
  title: { zh: '产品需求清单', en: 'Requirements' },
  schema: z.strictObject({ ...envelope('requirements'), requirements: itemList(requirement) }),
  lists: { requirements: 'requirement' },
  refs: [
    { at: ['requirements', '*', 'targets', '*', 'metric'], to: 'metric' },
    { at: ['requirements', '*', 'datasets', '*'], to: 'dataset' },
  ],
  idPrefixes: { requirement: 'REQ-' },
} as const satisfies KindDef;
