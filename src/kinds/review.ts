import * as z from 'zod/mini';
import { lazily, parts } from './common.js';
import { defineKind } from './types.js';

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { date, envelope, id, text, texts } = parts();
  const decision = z.strictObject({
    id,
    decision: text,
    rationale: z.optional(text),
    owner: z.optional(text),
    due: z.optional(date),
    risks: z.optional(texts),
    status: z._default(z.enum(['open', 'done']), 'open'),
  });

  const openQuestion = z.strictObject({ question: text, owner: z.optional(text), follow_up: z.optional(date) });

  const body = {
    date,
    participants: texts,
    focus: z.optional(texts),
    decisions: z.array(decision),
    open_questions: z.optional(z.array(openQuestion)),
    changes: z.optional(z.array(z.strictObject({ ref: id, change: text })))
      .check(z.describe('What this review changed, by the id of the item changed')),
  };
  return z.strictObject({ ...envelope('review'), ...body });
});

export const review = defineKind({
  name: 'review',
  title: { zh: '评审会议纪要', en: 'Review record' },
  get schema() {
    return schema();
  },
  items: { decision: { list: 'decisions', label: { zh: '决策', en: 'decision' }, prefix: 'D-' } },
  refs: [{ at: ['changes', '*', 'ref'], to: 'any' }],
  template: 'review',
  skeleton: 'review.yaml',
});
