import * as z from 'zod/mini';
import { doc, lazily, parts } from './common.js';
import { defineKind } from './types.js';

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { date, envelope, id, text, texts } = parts();
  const decision = z.strictObject({
    id: id.check(doc('The decision\'s id (D- by convention)', '决策的 id（惯例以 D- 开头）')),
    decision: text.check(doc('What was decided', '决定了什么')),
    rationale: z.optional(text).check(doc('Why', '理由')),
    owner: z.optional(text).check(doc('Who carries it out', '执行负责人')),
    due: z.optional(date).check(doc('By when, YYYY-MM-DD', '截止日期，YYYY-MM-DD')),
    risks: z.optional(texts).check(doc('What could go wrong with it', '该决策的风险')),
    status: z._default(z.enum(['open', 'done']), 'open').check(doc('open | done (default open)', 'open 未完成 | done 已完成（默认 open）')),
  });

  const openQuestion = z.strictObject({
    question: text.check(doc('What is still to be answered', '尚待回答的问题')),
    owner: z.optional(text).check(doc('Who finds the answer', '谁负责找到答案')),
    follow_up: z.optional(date).check(doc('When to come back to it, YYYY-MM-DD', '跟进日期，YYYY-MM-DD')),
  });

  const body = {
    date: date.check(doc('When the review met, YYYY-MM-DD', '评审会日期，YYYY-MM-DD')),
    participants: texts.check(doc('Who took part', '参会人')),
    focus: z.optional(texts).check(doc('What the review was about', '议题')),
    decisions: z.array(decision).check(doc('What the review decided', '评审做出的决策')),
    open_questions: z.optional(z.array(openQuestion)).check(doc('Questions left open', '待决问题')),
    changes: z.optional(z.array(z.strictObject({
      ref: id.check(doc('The id of the item changed', '被修改条目的 id')),
      change: text.check(doc('What changed', '修改了什么')),
    }))).check(doc('What this review changed, by the id of the item changed', '本次评审做出的修改，按被修改条目的 id')),
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
