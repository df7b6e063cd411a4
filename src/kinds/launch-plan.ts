import * as z from 'zod/mini';
import { doc, lazily, parts } from './common.js';
import { defineKind } from './types.js';

/** Built on first use (see `lazily`). */
const schema = lazily(() => {
  const { envelope, id, target, text, texts } = parts();
  return z.strictObject({
    ...envelope('launch-plan'),
    strategy: z._default(z.enum(['gradual', 'full']), 'gradual')
      .check(doc('gradual (a staged rollout) | full (all at once) (default gradual)', 'gradual 灰度放量 | full 一次性全量（默认 gradual）')),
    reason: z.optional(text).check(doc('Why a one-step full launch is safe', '为什么一次性全量上线是安全的', 'internal tool used by five reviewers, who can switch it off')),
    rollout: z.array(
      z.strictObject({
        stage: text.check(doc('The stage\'s name (e.g. internal, 5%)', '阶段名称（例如内测、5%）')),
        traffic: z.number().check(doc('Percent of traffic, 0-100', '流量百分比，0-100')),
        days: z.optional(z.number().check(z.gte(0))).check(doc('How many days the stage lasts', '该阶段持续天数')),
        exit_criteria: z.optional(texts).check(doc('What must hold before the next stage', '进入下一阶段前必须满足的条件')),
      }),
    ).check(doc('The rollout stages, in order', '放量阶段，按顺序')),
    rollback: z.optional(
      z.strictObject({
        triggers: z.optional(z.array(z.strictObject({
          metric: id.check(doc('The metric (M- id) watched', '监控的指标（M- id）')),
          target: target.check(doc('The condition that starts a rollback (e.g. "> 5")', '触发回滚的条件（例如 "> 5"）')),
        }))).check(doc('What starts a rollback', '触发回滚的条件')),
        procedure: z.optional(text).check(doc('How to roll back', '回滚步骤')),
        owner: z.optional(text).check(doc('Who rolls back', '回滚负责人')),
        max_minutes: z.optional(z.number().check(z.gte(0))).check(doc('Within how many minutes it must be done', '须在多少分钟内完成')),
      }),
    ).check(doc('When and how to go back', '何时、如何回滚')),
    fallbacks: z.optional(z.array(z.strictObject({
      when: text.check(doc('The situation (e.g. the model times out)', '情形（例如模型超时）')),
      action: text.check(doc('What the product does then', '此时产品怎么做')),
    }))).check(doc('What the product does when the model cannot answer', '模型无法给出答案时的兜底方案')),
    monitoring: z.optional(z.array(z.strictObject({
      metric: id.check(doc('The metric (M- id) watched', '监控的指标（M- id）')),
      alert: z.optional(text).check(doc('When and whom it alerts', '何时告警、通知谁')),
      dashboard: z.optional(text).check(doc('Where to see it', '看板地址')),
    }))).check(doc('What is watched after launch', '上线后监控什么')),
    drift: z.optional(z.strictObject({
      signals: z.optional(texts).check(doc('Signs that the data or the world has moved', '数据或环境发生漂移的迹象')),
      retrain: z.optional(text).check(doc('How often, or when, the model is retrained', '模型多久或在什么情况下重训')),
    })).check(doc('How drift is noticed and answered', '如何发现和应对漂移')),
    notice: z.optional(text).check(doc('What users are told about the AI', '告知用户的 AI 相关说明')),
  });
});

export const launchPlan = defineKind({
  name: 'launch-plan',
  title: { zh: '上线计划', en: 'Launch plan' },
  get schema() {
    return schema();
  },
  items: {},
  refs: [
    { at: ['rollback', 'triggers', '*', 'metric'], to: 'metric' },
    { at: ['monitoring', '*', 'metric'], to: 'metric' },
  ],
  template: 'launch-plan',
  skeleton: 'launch-plan.yaml',
});
