import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  fail: {
    en: 'the launch plan is approved while compliance check `{id}` fails',
    zh: '上线计划已批准，但合规检查项 `{id}` 未通过',
  },
  open: {
    en: 'the launch plan is approved while compliance check `{id}` is still open',
    zh: '上线计划已批准，但合规检查项 `{id}` 仍未完成',
  },
} satisfies Messages;

export const launchCompliance = defineRule({
  meta: {
    id: 'launch-compliance',
    severity: 'error',
    checks: {
      en: 'An `approved` launch plan while a compliance check is `fail` (error) or `open` (warning).',
      zh: '上线计划为 `approved`，但有合规检查项为 `fail`（错误）或 `open`（警告）。',
    },
    title: { en: 'No approved launch over a failing compliance check', zh: '合规未通过不能批准上线' },
    why: {
      en: 'Consent, anonymisation, bias and content-safety problems found after launch cost far more than a delay. An approved launch plan must not stand beside a failing compliance check.',
      zh: '上线后才发现的同意、匿名化、偏见和内容安全问题，代价远高于延期。已批准的上线计划不能与未通过的合规检查并存。',
    },
    fix: {
      en: 'Resolve the check (and set its `status: pass` with `evidence`), or move the launch plan back to `in-review`. Open checks warn on an approved plan.',
      zh: '解决该检查项（并设置 `status: pass` 和 `evidence`），或把上线计划退回 `in-review`。已批准计划遇到未完成的检查项时给出警告。',
    },
  },
  messages,
  check(ctx) {
    const found: ProblemOf<typeof messages>[] = [];
    const checks = ctx.items('compliance-check').filter((c) => c.value.status === 'fail' || c.value.status === 'open');
    for (const plan of ctx.docs('launch-plan')) {
      if (plan.file.status !== 'approved') continue;
      for (const c of checks) {
        const failing = c.value.status === 'fail';
        found.push({ file: plan.file, path: ['status'], msg: failing ? 'fail' : 'open', params: { id: c.id }, ...(failing ? {} : { mild: true }) });
      }
    }
    return found;
  },
});
