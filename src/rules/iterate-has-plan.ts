import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  noPlan: {
    en: 'evaluation `{id}` decides iterate without an optimisation plan: add `improvements` (problem, cause, action, owner, due)',
    zh: '评估 `{id}` 结论为 iterate，却没有优化方案：请添加 `improvements`（问题、原因、行动、负责人、截止日期）',
  },
  unowned: {
    en: 'improvement {n} of evaluation `{id}` has no {missing}',
    zh: '评估 `{id}` 的第 {n} 条优化措施没有{missing}',
  },
  owner: { en: 'owner', zh: '负责人' },
  due: { en: 'due date', zh: '截止日期' },
  both: { en: 'owner and no due date', zh: '负责人，也没有截止日期' },
} satisfies Messages;

export const iterateHasPlan = defineRule({
  meta: {
    id: 'iterate-has-plan',
    severity: 'error',
    checks: {
      en: 'An evaluation whose `decision` is `iterate` with no `improvements`, or an improvement without `owner` or `due`.',
      zh: '结论为 `iterate` 却没有 `improvements` 的评估，或缺少 `owner` 或 `due` 的优化措施。',
    },
    title: { en: 'Iterate comes with a plan', zh: '继续迭代要有优化方案' },
    why: {
      en: '"Iterate" without a plan is a model that will be trained again the same way. The optimisation plan (优化方案) says what falls short, why, and what changes next, with someone accountable and a date.',
      zh: '没有计划的「继续迭代」只会用同样的方法再训练一遍。优化方案写明哪里不足、为什么、下一步改什么，并有负责人和日期。',
    },
    fix: {
      en: 'Add `improvements:` with, for each gap, `problem` (the current effect), `cause`, `action`, `owner` and `due`.',
      zh: '添加 `improvements:`，针对每个差距写明 `problem`（当前效果）、`cause`（原因）、`action`（行动）、`owner` 和 `due`。',
    },
  },
  messages,
  check(ctx) {
    const found: ProblemOf<typeof messages>[] = [];
    for (const ev of ctx.items('evaluation')) {
      if (ev.value.decision !== 'iterate') continue;
      const improvements = ev.value.improvements ?? [];
      if (improvements.length === 0) {
        found.push({ file: ev.file, path: [...ev.path, ev.value.improvements ? 'improvements' : 'decision'], msg: 'noPlan', params: { id: ev.id } });
        continue;
      }
      improvements.forEach((imp, i) => {
        const noOwner = !imp.owner?.trim();
        const noDue = imp.due === undefined;
        if (!noOwner && !noDue) return;
        const missing = noOwner && noDue ? 'both' : noOwner ? 'owner' : 'due';
        found.push({ file: ev.file, path: [...ev.path, 'improvements', i], msg: 'unowned', params: { id: ev.id, n: i + 1, missing: { msg: missing } } });
      });
    }
    return found;
  },
});
