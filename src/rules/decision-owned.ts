import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  decision: {
    en: 'decision `{id}` has no {missing}',
    zh: '决策 `{id}` 没有{missing}',
  },
  question: {
    en: 'open question "{question}" has no {missing}',
    zh: '待决问题「{question}」没有{missing}',
  },
  owner: {
    en: 'owner',
    zh: '负责人',
  },
  due: {
    en: 'due date',
    zh: '截止日期',
  },
  follow_up: {
    en: 'follow-up date',
    zh: '跟进日期',
  },
  ownerDue: {
    en: 'owner and no due date',
    zh: '负责人，也没有截止日期',
  },
  ownerFollowUp: {
    en: 'owner and no follow-up date',
    zh: '负责人，也没有跟进日期',
  },
} satisfies Messages;

type Missing = keyof typeof messages;

function missingOf(owner: unknown, date: unknown, dateMsg: Missing, bothMsg: Missing): Missing | undefined {
  const noOwner = typeof owner !== 'string' || owner.trim() === '';
  const noDate = date === undefined;
  if (noOwner && noDate) return bothMsg;
  if (noOwner) return 'owner';
  if (noDate) return dateMsg;
  return undefined;
}

export const decisionOwned = defineRule({
  meta: {
    id: 'decision-owned',
    severity: 'error',
    checks: {
      en: 'A review decision without `owner` or `due`; an open question without `owner` or `follow_up`.',
      zh: '评审决策缺少 `owner` 或 `due`；待决问题缺少 `owner` 或 `follow_up`。',
    },
    title: { en: 'Every decision has an owner and a date', zh: '每个决策都有负责人和日期' },
    why: {
      en: 'A review that ends with decisions nobody owns, or questions nobody follows up, was a discussion without a decision (议而不决): nothing will happen until the next meeting asks again.',
      zh: '评审结束时决策无人负责、问题无人跟进，就是「议而不决」：在下一次会议再问之前什么都不会发生。',
    },
    fix: {
      en: 'Give each decision an `owner` and a `due` date, and each open question an `owner` and a `follow_up` date.',
      zh: '为每个决策填写 `owner` 和 `due`，为每个待决问题填写 `owner` 和 `follow_up`。',
    },
  },
  messages,
  check(ctx) {
    const found: ProblemOf<typeof messages>[] = [];
    for (const d of ctx.items('decision')) {
      const missing = missingOf(d.value.owner, d.value.due, 'due', 'ownerDue');
      if (missing) found.push({ file: d.file, path: d.path, msg: 'decision', params: { id: d.id, missing: { msg: missing } } });
    }
    for (const review of ctx.docs('review')) {
      review.value.open_questions?.forEach((q, i) => {
        const missing = missingOf(q.owner, q.follow_up, 'follow_up', 'ownerFollowUp');
        if (missing) found.push({ file: review.file, path: ['open_questions', i], msg: 'question', params: { question: q.question, missing: { msg: missing } } });
      });
    }
    return found;
  },
});
