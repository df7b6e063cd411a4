import * as z from 'zod/mini';
import { itemList, lazily, parts } from './common.js';
import { defineKind } from './types.js';

export const MILESTONE_STAGES = ['data', 'model', 'evaluation', 'integration', 'launch', 'monitoring'] as const;

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { date, envelope, id, ids, text, texts } = parts();
  const level = z.enum(['low', 'medium', 'high']);

  const milestone = z
    .strictObject({
      id,
      name: text,
      stage: z.enum(MILESTONE_STAGES),
      owner: text,
      start: date,
      due: date.check(z.describe('Planned last day, inclusive, without the buffer')),
      buffer_days: z.optional(z.number().check(z.int(), z.gte(0))).check(z.describe('Elastic buffer after due, in days')),
      depends_on: z.optional(ids),
      requirements: z.optional(ids).check(z.describe('Requirements (REQ- ids) this milestone delivers')),
      deliverables: z.optional(texts),
      acceptance: z.optional(texts).check(z.describe('Acceptance criteria, each held to a number')),
      status: z.enum(['planned', 'in-progress', 'done', 'at-risk', 'slipped']),
      done_on: z.optional(date).check(z.describe('Required when status is done')),
    })
    .check(z.superRefine((m, ctx) => {
      if (m.status === 'done' && m.done_on === undefined) {
        ctx.addIssue({ code: 'custom', path: [], params: { msg: 'doneOn' } });
      }
    }));

  const risk = z.strictObject({
    id,
    description: text,
    probability: level,
    impact: level,
    mitigation: z.optional(text),
    owner: z.optional(text),
    trigger: z.optional(text),
    affects: z.optional(ids),
    status: z._default(z.enum(['open', 'mitigating', 'closed']), 'open'),
  });

  return z.strictObject({
    ...envelope('milestones'),
    cadence: z.optional(z.strictObject({ standup: z.optional(text), sync: z.optional(text), review: z.optional(text) })),
    milestones: itemList(milestone),
    risks: z.optional(z.array(risk)),
  });
});

export const milestones = defineKind({
  name: 'milestones',
  title: { zh: '里程碑计划', en: 'Milestones' },
  get schema() {
    return schema();
  },
  items: {
    milestone: { list: 'milestones', label: { zh: '里程碑', en: 'milestone' }, prefix: 'MS-' },
    risk: { list: 'risks', label: { zh: '风险', en: 'risk' }, prefix: 'RISK-' },
  },
  refs: [
    { at: ['milestones', '*', 'depends_on', '*'], to: 'milestone' },
    { at: ['milestones', '*', 'requirements', '*'], to: 'requirement' },
    { at: ['risks', '*', 'affects', '*'], to: 'milestone' },
  ],
  template: 'milestones',
  skeleton: 'milestones.yaml',
  init: true,
});
