import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  finding: {
    en: '{priority} requirement `{id}` has no target metric: add `targets: [{metric: M-…}]`',
    zh: '{priority} 需求 `{id}` 没有目标指标：请添加 `targets: [{metric: M-…}]`',
  },
} satisfies Messages;

export const targetHasMetric = defineRule({
  meta: {
    id: 'target-has-metric',
    severity: 'error',
    checks: {
      en: 'A P0 or P1 requirement of type feature with no `targets`.',
      zh: '类型为 feature 的 P0/P1 需求没有 `targets`。',
    },
    title: { en: 'Important features have a target metric', zh: '重要功能需求要有目标指标' },
    why: {
      en: 'A P0 or P1 feature with no metric has no definition of success: nobody can tell at review or after launch whether it worked.',
      zh: '没有指标的 P0/P1 功能需求没有成功的定义：评审时和上线后都无法判断它是否达成。',
    },
    fix: {
      en: 'Add `targets:` with the metric it moves, e.g. `targets: [{metric: M-INTENT-ACC, target: ">= 90%"}]`, or lower its priority.',
      zh: '添加 `targets:`，写明它推动的指标，例如 `targets: [{metric: M-INTENT-ACC, target: ">= 90%"}]`，或降低优先级。',
    },
  },
  messages,
  check(ctx) {
    return ctx
      .items('requirement')
      .filter((r) => (r.value.priority === 'P0' || r.value.priority === 'P1') && r.value.type === 'feature' && !r.value.targets?.length)
      .map((r) => ({ file: r.file, path: r.path, msg: 'finding', params: { id: r.id, priority: r.value.priority } }));
  },
});
