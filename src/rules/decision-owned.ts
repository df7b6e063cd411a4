import type { MessageId } from '../i18n/index.js';
import type { Rule, RuleHit } from './types.js';

function missingOf(owner: unknown, date: unknown, dateMsg: MessageId, bothMsg: MessageId): MessageId | undefined {
  const noOwner = typeof owner !== 'string' || owner.trim() === '';
  const noDate = date === undefined;
  if (noOwner && noDate) return bothMsg;
  if (noOwner) return 'rule.decision-owned.owner';
  if (noDate) return dateMsg;
  return undefined;
}

export const decisionOwned: Rule<'decision-owned'> = {
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
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const d of ctx.items('decision')) {
      const missing = missingOf(d.value.owner, d.value.due, 'rule.decision-owned.due', 'rule.decision-owned.ownerDue');
      if (missing) hits.push({ file: d.file, path: d.path, msg: 'rule.decision-owned.decision', params: { id: d.id, missing: { msg: missing } } });
    }
    for (const review of ctx.docs('review')) {
      review.value.open_questions?.forEach((q, i) => {
        const missing = missingOf(q.owner, q.follow_up, 'rule.decision-owned.follow_up', 'rule.decision-owned.ownerFollowUp');
        if (missing) hits.push({ file: review.file, path: ['open_questions', i], msg: 'rule.decision-owned.question', params: { question: q.question, missing: { msg: missing } } });
      });
    }
    return hits;
  },
};
