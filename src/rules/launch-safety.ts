import { defineRule, type Messages, type ProblemOf } from './types.js';

const messages = {
  empty: {
    en: 'the rollout has no stages',
    zh: '灰度计划没有任何阶段',
  },
  range: {
    en: 'traffic {traffic}% is outside 0-100',
    zh: '流量 {traffic}% 超出 0-100 范围',
  },
  order: {
    en: 'traffic {traffic}% does not grow from the previous stage ({previous}%)',
    zh: '流量 {traffic}% 没有比上一阶段（{previous}%）更大',
  },
  full: {
    en: 'the first rollout stage already takes 100% of traffic',
    zh: '第一个灰度阶段就放量到 100%',
  },
  fullJustified: {
    en: 'the first rollout stage takes 100% of traffic (strategy: full): make sure the reason holds',
    zh: '第一个灰度阶段就放量到 100%（strategy: full）：请确认理由成立',
  },
  noTrigger: {
    en: 'no rollback trigger: name the metric conditions that start a rollback',
    zh: '没有回滚触发条件：请写明触发回滚的指标条件',
  },
  noFallback: {
    en: 'no fallback: say what users get when the AI fails',
    zh: '没有兜底方案：请说明 AI 失效时用户得到什么',
  },
} satisfies Messages;

export const launchSafety = defineRule({
  meta: {
    id: 'launch-safety',
    severity: 'error',
    checks: {
      en: 'An empty rollout; traffic that is not strictly increasing or leaves 0-100; a first stage already at 100% (a warning with `strategy: full` and a `reason`); no rollback trigger; no fallback.',
      zh: '灰度为空；流量不严格递增或超出 0-100；第一阶段即 100%（`strategy: full` 且有 `reason` 时为警告）；没有回滚触发条件；没有兜底方案。',
    },
    title: { en: 'Launches are gradual and reversible', zh: '上线要灰度、可回滚、有兜底' },
    why: {
      en: 'A model behaves differently on live traffic than on any test set. A gradual rollout limits who is hurt when it does, a rollback trigger says when to stop, and a fallback says what users get meanwhile.',
      zh: '模型在真实流量上的表现总与测试集不同。灰度放量限制受影响的用户范围，回滚触发条件说明何时停止，兜底方案说明期间用户得到什么。',
    },
    fix: {
      en: 'List rollout stages with growing traffic between 0 and 100 (e.g. 5 → 20 → 50 → 100), add `rollback.triggers` (metric conditions), and `fallbacks` (when → action). A one-step launch needs `strategy: full` and a `reason`.',
      zh: '列出流量递增（0 到 100 之间，如 5 → 20 → 50 → 100）的灰度阶段，添加 `rollback.triggers`（指标条件）和 `fallbacks`（何时 → 动作）。一步全量需要 `strategy: full` 和 `reason`。',
    },
  },
  messages,
  check(ctx) {
    const hits: ProblemOf<typeof messages>[] = [];
    for (const { file, value: plan } of ctx.docs('launch-plan')) {
      if (plan.rollout.length === 0) hits.push({ file, path: ['rollout'], msg: 'empty' });
      let previous: number | undefined;
      plan.rollout.forEach((stage, i) => {
        const path = ['rollout', i, 'traffic'];
        if (stage.traffic < 0 || stage.traffic > 100) hits.push({ file, path, msg: 'range', params: { traffic: stage.traffic } });
        else if (previous !== undefined && stage.traffic <= previous) hits.push({ file, path, msg: 'order', params: { traffic: stage.traffic, previous } });
        else if (i === 0 && stage.traffic === 100) {
          const justified = plan.strategy === 'full' && Boolean(plan.reason?.trim());
          hits.push({ file, path, msg: justified ? 'fullJustified' : 'full', ...(justified ? { mild: true } : {}) });
        }
        previous = stage.traffic;
      });
      if (!plan.rollback?.triggers?.length) hits.push({ file, path: plan.rollback ? ['rollback'] : [], msg: 'noTrigger' });
      if (!plan.fallbacks?.length) hits.push({ file, path: plan.fallbacks ? ['fallbacks'] : [], msg: 'noFallback' });
    }
    return hits;
  },
});
