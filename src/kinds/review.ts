import * as z from 'zod';
import { date, envelope, id, text, texts } from './common.js';
import type { KindDef } from './types.js';

export const decision = z.strictObject({
  id,
  decision: text,
  rationale: text.optional(),
  owner: text.optional(),
  due: date.optional(),
  risks: texts.optional(),
  status: z.enum(['open', 'done']).default('open'),
});

export const openQuestion = z.strictObject({ question: text, owner: text.optional(), follow_up: date.optional() });

const body = {
  date,
  participants: texts,
  focus: texts.optional(),
  decisions: z.array(decision),
  open_questions: z.array(openQuestion).optional(),
  changes: z.array(z.strictObject({ ref: id, change: text })).optional()
    .describe('What this review changed, by the id of the item changed'),
};
const schema = z.strictObject({ ...envelope('review'), ...body });

export const review = {
  name: 'review',
  title: { zh: '评审会议纪要', en: 'Review record' },
  schema,
  lists: { decisions: 'decision' },
  refs: [{ at: ['changes', '*', 'ref'], to: 'any' }],
  idPrefixes: { decision: 'D-' },
} as const satisfies KindDef;
