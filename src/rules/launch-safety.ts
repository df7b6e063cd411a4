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
  jump: {
    en: 'traffic jumps from {previous}% to {traffic}% ({factor}×): add a stage in between; a stage may grow traffic at most tenfold (after {previous}%: at most {next}%)',
    zh: '流量从 {previous}% 跳到 {traffic}%（{factor} 倍）：请在中间加一个阶段；每个阶段最多放大十倍（{previous}% 之后最多 {next}%）',
  },
  lastStep: {
    en: 'the stage before 100% carries only {previous}%: put a stage of at least 20% before everyone gets the model',
    zh: '100% 之前的阶段只有 {previous}% 流量：在全量之前请安排至少 20% 流量的阶段',
  },
  noDays: {
    en: 'rollout stage "{stage}" does not say how many days it runs (`days` >= 1): every stage before the last needs a duration',
    zh: '灰度阶段「{stage}」没有写明持续天数（`days` >= 1）：最后一个阶段之前的每个阶段都需要时长',
  },
  noExit: {
    en: 'rollout stage "{stage}" has no exit criteria: say what must hold before traffic grows (`exit_criteria`)',
    zh: '灰度阶段「{stage}」没有放量标准：请写明扩大流量之前必须满足的条件（`exit_criteria`）',
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
      en: 'An empty rollout; traffic that is not strictly increasing or leaves 0-100; a first stage already at 100%; traffic that grows more than tenfold from one stage to the next (1 → 10 is fine, 1 → 20 is not); a stage before 100% under 20%; a stage before the last without `days` >= 1 or without exit criteria; no rollback trigger; no fallback. With `strategy: full` and a `reason`, the size of the steps only warns.',
      zh: '灰度为空；流量不严格递增或超出 0-100；第一阶段即 100%；相邻阶段流量放大超过十倍（1 → 10 可以，1 → 20 不行）；100% 之前的阶段低于 20%；最后阶段之前的阶段没有 `days` >= 1 或没有放量标准；没有回滚触发条件；没有兜底方案。`strategy: full` 且有 `reason` 时，步子大小只给警告。',
    },
    title: { en: 'Launches are gradual and reversible', zh: '上线要灰度、可回滚、有兜底' },
    why: {
      en: 'A model behaves differently on live traffic than on any test set. A gradual rollout limits who is hurt when it does, a rollback trigger says when to stop, and a fallback says what users get meanwhile.',
      zh: '模型在真实流量上的表现总与测试集不同。灰度放量限制受影响的用户范围，回滚触发条件说明何时停止，兜底方案说明期间用户得到什么。',
    },
    fix: {
      en: 'List rollout stages with growing traffic between 0 and 100, each at most ten times the one before and at least 20% before 100% (e.g. 1 → 5 → 20 → 50 → 100), each but the last with `days` and `exit_criteria`; add `rollback.triggers` (metric conditions) and `fallbacks` (when → action). A one-step launch needs `strategy: full` and a `reason`.',
      zh: '列出流量递增（0 到 100 之间）的灰度阶段：每个阶段最多是上一阶段的十倍，100% 之前至少 20%（如 1 → 5 → 20 → 50 → 100），除最后一个阶段外都写明 `days` 和 `exit_criteria`；添加 `rollback.triggers`（指标条件）和 `fallbacks`（何时 → 动作）。一步全量需要 `strategy: full` 和 `reason`。',
    },
  },
  messages,
  check(ctx) {
    const found: ProblemOf<typeof messages>[] = [];
    for (const { file, value: plan } of ctx.docs('launch-plan')) {
      if (plan.rollout.length === 0) found.push({ file, path: ['rollout'], msg: 'empty' });
      // A one-step launch someone justified: the size of the steps warns instead.
      const justified = plan.strategy === 'full' && Boolean(plan.reason?.trim());
      const last = plan.rollout.length - 1;
      let previous: number | undefined;
      plan.rollout.forEach((stage, i) => {
        const path = ['rollout', i, 'traffic'];
        const { traffic } = stage;
        if (traffic < 0 || traffic > 100) found.push({ file, path, msg: 'range', params: { traffic } });
        else if (previous !== undefined && traffic <= previous) found.push({ file, path, msg: 'order', params: { traffic, previous } });
        else if (i === 0 && traffic === 100) found.push({ file, path, msg: justified ? 'fullJustified' : 'full', ...(justified ? { mild: true } : {}) });
        else if (previous !== undefined && previous > 0 && traffic > previous * 10) {
          const factor = Math.round((traffic / previous) * 10) / 10;
          found.push({ file, path, msg: 'jump', params: { previous, traffic, factor, next: Math.round(previous * 10_000) / 1000 }, mild: justified });
        } else if (previous !== undefined && traffic === 100 && previous < 20) found.push({ file, path, msg: 'lastStep', params: { previous }, mild: justified });
        if (i < last) {
          const at = ['rollout', i];
          if (stage.days === undefined || stage.days < 1) found.push({ file, path: stage.days === undefined ? at : [...at, 'days'], msg: 'noDays', params: { stage: stage.stage } });
          if (!stage.exit_criteria?.length) found.push({ file, path: stage.exit_criteria ? [...at, 'exit_criteria'] : at, msg: 'noExit', params: { stage: stage.stage } });
        }
        previous = traffic;
      });
      if (!plan.rollback?.triggers?.length) found.push({ file, path: plan.rollback ? ['rollback'] : [], msg: 'noTrigger' });
      if (!plan.fallbacks?.length) found.push({ file, path: plan.fallbacks ? ['fallbacks'] : [], msg: 'noFallback' });
    }
    return found;
  },
});
