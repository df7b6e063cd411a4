import * as z from 'zod/mini';
import { date, envelope, id, text, texts } from './common.js';
import type { KindDef } from './types.js';

export const decision = z.strictObject({
  id,
  decision: text,
  rationale: z.optional(text),
  owner: z.optional(text),
  due: z.optional(date),
  risks: z.optional(texts),
  status: z._default(z.enum(['open', 'done']), 'open'),
});

export const openQuestion = z.strictObject({ question: text, owner: z.optional(text), follow_up: z.optional(date) });

const body = {
  date,
  participants: texts,
  focus: z.optional(texts),
  decisions: z.array(decision),
  open_questions: z.optional(z.array(openQuestion)),
  changes: z.optional(z.array(z.strictObject({ ref: id, change: text })))
    .check(z.describe('What this review changed, by the id of the item changed')),
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
