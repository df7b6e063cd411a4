import * as z from 'zod';
import { itemList, date, envelope, id, ids, text, texts } from './common.js';
import type { KindDef } from './types.js';

export const MILESTONE_STAGES = ['data', 'model', 'evaluation', 'integration', 'launch', 'monitoring'] as const;
const level = z.enum(['low', 'medium', 'high']);

export const milestone = z
  .strictObject({
    id,
    name: text,
    stage: z.enum(MILESTONE_STAGES),
    owner: text,
    start: date,
    due: date.describe('Planned last day, inclusive, without the buffer'),
    buffer_days: z.number().int().min(0).optional().describe('Elastic buffer after due, in days'),
    depends_on: ids.optional(),
    requirements: ids.optional().describe('Requirements (REQ- ids) this milestone delivers'),
    deliverables: texts.optional(),
    acceptance: texts.optional().describe('Acceptance criteria, each held to a number'),
    status: z.enum(['planned', 'in-progress', 'done', 'at-risk', 'slipped']),
    done_on: date.optional().describe('Required when status is done'),
  })
  .superRefine((m, ctx) => {
    if (m.status === 'done' && m.done_on === undefined) {
      ctx.addIssue({ code: 'custom', path: [], params: { msg: 'doneOn' } });
    }
  });

export const risk = z.strictObject({
  id,
  description: text,
  probability: level,
  impact: level,
  mitigation: text.optional(),
  owner: text.optional(),
  trigger: text.optional(),
  affects: ids.optional(),
  status: z.enum(['open', 'mitigating', 'closed']).default('open'),
});

export const milestones = {
  name: 'milestones',
  title: { zh: '里程碑计划', en: 'Milestones' },
  schema: z.strictObject({
    ...envelope('milestones'),
    cadence: z.strictObject({ standup: text.optional(), sync: text.optional(), review: text.optional() }).optional(),
    milestones: itemList(milestone),
    risks: z.array(risk).optional(),
  }),
  lists: { milestones: 'milestone', risks: 'risk' },
  refs: [
    { at: ['milestones', '*', 'depends_on', '*'], to: 'milestone' },
    { at: ['milestones', '*', 'requirements', '*'], to: 'requirement' },
    { at: ['risks', '*', 'affects', '*'], to: 'milestone' },
  ],
  idPrefixes: { milestone: 'MS-', risk: 'RISK-' },
} as const satisfies KindDef;
