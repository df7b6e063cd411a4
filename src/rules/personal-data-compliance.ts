import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  anonymized: {
    en: 'dataset `{id}` holds personal data but does not say whether it is anonymized',
    zh: '数据集 `{id}` 含个人信息，却没有说明是否已匿名化（anonymized）',
  },
  consent: {
    en: 'dataset `{id}` holds personal data without consent and gives no legal `basis`',
    zh: '数据集 `{id}` 含个人信息，未获用户同意且未给出法律依据（basis）',
  },
} satisfies Messages;

export const personalDataCompliance = defineRule({
  meta: {
    id: 'personal-data-compliance',
    severity: 'error',
    checks: {
      en: 'A dataset with personal data where `anonymized` is unanswered, or `consent` is not true and no legal `basis` is given.',
      zh: '含个人信息的数据集没有回答 `anonymized`，或 `consent` 不为 true 且没有法律依据 `basis`。',
    },
    title: { en: 'Personal data has consent or a legal basis', zh: '个人信息要有同意或法律依据' },
    why: {
      en: 'Training on personal data without consent or another legal basis breaks PIPL and GDPR, and an unanswered anonymisation question is how such data leaks into a model.',
      zh: '未经同意或其他法律依据使用个人信息训练模型，违反《个人信息保护法》和 GDPR；没有回答是否匿名化，正是个人信息流入模型的方式。',
    },
    fix: {
      en: 'Under `compliance:`, answer `anonymized: true|false`, and set `consent: true` or give the legal `basis` (e.g. "contract performance").',
      zh: '在 `compliance:` 中回答 `anonymized: true|false`，并设置 `consent: true` 或写明法律依据 `basis`（例如「履行合同所必需」）。',
    },
  },
  messages,
  check(ctx) {
    const found: ProblemOf<typeof messages>[] = [];
    for (const d of ctx.items('dataset')) {
      const c = d.value.compliance;
      if (!c?.personal_data) continue;
      const path = [...d.path, 'compliance'];
      if (c.anonymized === undefined) found.push({ file: d.file, path, msg: 'anonymized', params: { id: d.id } });
      if (c.consent !== true && !c.basis?.trim()) found.push({ file: d.file, path, msg: 'consent', params: { id: d.id } });
    }
    return found;
  },
});
