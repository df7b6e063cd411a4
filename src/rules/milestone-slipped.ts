import { bufferEnd, isOverdue } from '../model/queries.js';
import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  finding: {
    en: '`{id}` is {status} but its due date plus buffer ({end}) has passed (today is {today})',
    zh: '`{id}` 状态为 {status}，但截止日期加缓冲（{end}）已过（今天是 {today}）',
  },
} satisfies Messages;

export const milestoneSlipped = defineRule({
  meta: {
    id: 'milestone-slipped',
    severity: 'warning',
    checks: {
      en: 'Today is after `due` plus `buffer_days` and the status is still planned, in-progress or at-risk.',
      zh: '今天已超过 `due` 加 `buffer_days`，状态仍为 planned、in-progress 或 at-risk。',
    },
    title: { en: 'Overdue milestones are said to be so', zh: '逾期的里程碑要如实标注' },
    why: {
      en: 'A milestone past its due date and buffer that still says "in progress" hides a slip from everyone reading the plan; the method asks for dynamic adjustment, not silence.',
      zh: '超过截止日期和缓冲仍显示「进行中」的里程碑，对所有读计划的人隐瞒了延期；方法论要求动态调整，而不是沉默。',
    },
    fix: {
      en: 'Set `status: slipped` (or `done` with `done_on`), re-plan `due`, and record the change in a review. Today is `--today`, `AIPM_TODAY`, or the local date.',
      zh: '把 `status` 改为 `slipped`（或 `done` 并填写 `done_on`），重新排定 `due`，并在评审纪要中记录变更。今天取 `--today`、`AIPM_TODAY` 或本地日期。',
    },
  },
  messages,
  check(ctx) {
    return ctx.items('milestone').flatMap((m) => {
      // A milestone already marked slipped says so; every other open one that is overdue does not.
      if (m.value.status === 'slipped' || !isOverdue(m.value, ctx.today)) return [];
      const end = bufferEnd(m.value);
      return [{ file: m.file, path: [...m.path, 'due'], msg: 'finding' as const, params: { id: m.id, status: m.value.status, end, today: ctx.today } }];
    });
  },
});
